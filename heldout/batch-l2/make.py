#!/usr/bin/env python3
"""Regenerate blind test batch l2: French, Spanish and Brazilian Portuguese mails.

Writes mail/l2NNN.eml and labels.json next to this script.  Deterministic
(fixed random seed); only the Python standard library is used.
"""
import io
import json
import os
import random
import re
import html as H
from datetime import datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime
from urllib.parse import quote

RNG = random.Random(0x12A2)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
POL = policy.default.clone(max_line_length=78)       # body encoding (QP/base64 line length)
POL_OUT = policy.default.clone(max_line_length=998)  # output: headers folded by fold_header()

A36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def rid(n, alphabet=A36):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def hexid(n):
    return rid(n, "0123456789abcdef")


def oid(prefix):
    return "%s-%07d-%07d" % (prefix, RNG.randint(1000000, 9999999), RNG.randint(1000000, 9999999))


# ---------------------------------------------------------------- locales
SEC = {
    "fr": [
        "Amazon ne vous demandera jamais de communiquer votre mot de passe, vos coordonnées bancaires "
        "ou un code de vérification par e-mail, SMS ou téléphone.",
        "Si le numéro ou la date d'expiration de votre carte a changé, mettez à jour vos informations "
        "de paiement dans [[Votre compte|/cpe/yourpayments/wallet]].",
        "Vous avez reçu un e-mail suspect qui semble provenir d'Amazon ? Ne cliquez sur aucun lien et "
        "signalez-le : [[Signaler un e-mail suspect|/gp/help/customer/display.html?nodeId=GR6QDSVBU4WWQ9PG]].",
    ],
    "fr_CA": [
        "Amazon ne vous demandera jamais votre mot de passe, vos renseignements de carte de crédit ou "
        "un code de vérification par courriel, texto ou téléphone.",
        "Si le numéro de votre carte de crédit a changé, mettez-le à jour dans "
        "[[Votre compte|/cpe/yourpayments/wallet]].",
        "Si vous recevez un courriel suspect qui prétend provenir d'Amazon, signalez-le à "
        "stop-spoofing@amazon.com. En savoir plus : [[Hameçonnage et usurpation|/gp/help/customer/display.html?nodeId=GR6QDSVBU4WWQ9PG]].",
    ],
    "es": [
        "Amazon nunca te pedirá tu contraseña, los datos de tu tarjeta ni un código de verificación "
        "por correo electrónico, SMS o teléfono.",
        "Si el número o la fecha de caducidad de tu tarjeta han cambiado, actualízalos en "
        "[[Mi cuenta|/cpe/yourpayments/wallet]].",
        "Si recibes un correo sospechoso que dice ser de Amazon, no hagas clic en ningún enlace e "
        "infórmanos: [[Denunciar un correo sospechoso|/gp/help/customer/display.html?nodeId=GR6QDSVBU4WWQ9PG]].",
    ],
    "es_MX": [
        "Amazon nunca te solicitará tu contraseña, los datos de tu tarjeta ni códigos de verificación "
        "por correo electrónico, mensaje de texto o llamada.",
        "Si el número de tu tarjeta cambió, actualízalo en [[Tu cuenta|/cpe/yourpayments/wallet]].",
        "¿Recibiste un correo sospechoso a nombre de Amazon? Repórtalo en stop-spoofing@amazon.com. "
        "Más información: [[Correos electrónicos sospechosos|/gp/help/customer/display.html?nodeId=GR6QDSVBU4WWQ9PG]].",
    ],
    "pt": [
        "A Amazon nunca solicitará sua senha, os dados do seu cartão ou um código de verificação por "
        "e-mail, SMS, WhatsApp ou telefone.",
        "Se o número ou a validade do seu cartão mudou, atualize-o em [[Sua conta|/cpe/yourpayments/wallet]].",
        "Recebeu um e-mail suspeito em nome da Amazon? Não clique em nenhum link e denuncie: "
        "[[Denunciar e-mail suspeito|/gp/help/customer/display.html?nodeId=GR6QDSVBU4WWQ9PG]].",
    ],
}

LOC = {
    "fr_FR": dict(domain="amazon.fr", brand="Amazon.fr", orders="Vos commandes", account="Votre compte",
                  order_lbl="Commande n° ", hello="Bonjour {n},", qty="Quantité", seller="Vendu par",
                  total="Montant total", closing="Nous espérons vous revoir bientôt.",
                  help="Pour toute question, consultez notre [[Aide|/gp/help/customer/display.html]].",
                  noreply="Cet e-mail a été envoyé à partir d'une adresse qui ne peut pas recevoir d'e-mails. "
                          "Merci de ne pas y répondre.", sec="fr", ses="eu-west-1", tz=1),
    "fr_BE": dict(domain="amazon.com.be", brand="Amazon.com.be", orders="Vos commandes", account="Votre compte",
                  order_lbl="Commande n° ", hello="Bonjour {n},", qty="Quantité", seller="Vendu par",
                  total="Montant total", closing="Nous espérons vous revoir bientôt.",
                  help="Pour toute question, consultez notre [[Aide|/gp/help/customer/display.html]].",
                  noreply="Cet e-mail a été envoyé à partir d'une adresse qui ne peut pas recevoir d'e-mails. "
                          "Merci de ne pas y répondre.", sec="fr", ses="eu-west-1", tz=1),
    "fr_CA": dict(domain="amazon.ca", brand="Amazon.ca", orders="Vos commandes", account="Votre compte",
                  order_lbl="Commande no ", hello="Bonjour {n},", qty="Quantité", seller="Vendu par",
                  total="Total de la commande", closing="Au plaisir de vous revoir bientôt.",
                  help="Besoin d'aide? Visitez le [[Service à la clientèle|/gp/help/customer/display.html]].",
                  noreply="Ce courriel a été envoyé à partir d'une adresse qui ne peut pas recevoir de courriels. "
                          "Veuillez ne pas y répondre.", sec="fr_CA", ses="us-east-1", tz=-5),
    "es_ES": dict(domain="amazon.es", brand="Amazon.es", orders="Mis pedidos", account="Mi cuenta",
                  order_lbl="Pedido n.º ", hello="Hola, {n}:", qty="Cantidad", seller="Vendido por",
                  total="Total del pedido", closing="Esperamos volver a verte pronto.",
                  help="Si necesitas ayuda, visita [[Atención al cliente|/gp/help/customer/display.html]].",
                  noreply="Este mensaje se ha enviado desde una dirección de correo electrónico que no admite "
                          "respuestas. Por favor, no respondas a este mensaje.", sec="es", ses="eu-west-1", tz=1),
    "es_MX": dict(domain="amazon.com.mx", brand="Amazon.com.mx", orders="Tus pedidos", account="Tu cuenta",
                  order_lbl="Pedido #", hello="Hola {n}:", qty="Cantidad", seller="Vendido por",
                  total="Total del pedido", closing="Esperamos verte de nuevo pronto.",
                  help="¿Necesitas ayuda? Visita [[Servicio al cliente|/gp/help/customer/display.html]].",
                  noreply="Este correo electrónico se envió desde una dirección que no puede recibir correos. "
                          "Por favor no respondas a este mensaje.", sec="es_MX", ses="us-east-1", tz=-6),
    "pt_BR": dict(domain="amazon.com.br", brand="Amazon.com.br", orders="Seus pedidos", account="Sua conta",
                  order_lbl="Pedido nº ", hello="Olá, {n},", qty="Quantidade", seller="Vendido por",
                  total="Total do pedido", closing="Esperamos vê-lo novamente em breve.",
                  help="Precisa de ajuda? Acesse o [[Atendimento ao cliente|/gp/help/customer/display.html]].",
                  noreply="Este e-mail foi enviado de um endereço que não pode receber e-mails. "
                          "Por favor, não responda a esta mensagem.", sec="pt", ses="us-east-1", tz=-3),
}

TOK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def full_url(loc, u):
    return u if u.startswith("http") else "https://www.%s%s" % (loc["domain"], u)


def amazon_track(loc):
    """Default href builder: Amazon's own click-tracking redirect."""
    def f(u):
        return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:2025%s&R=%s&T=C&U=%s&H=%s&ref_=pe_%d"
                % (loc["domain"], rid(13), rid(13), hexid(20), rid(13), quote(u, safe=""), rid(24),
                   RNG.randint(1000000, 9999999)))
    return f


def tok_html(s, loc, linkfn):
    out, pos = [], 0
    for m in TOK.finditer(s):
        out.append(H.escape(s[pos:m.start()], quote=False))
        label, u = m.groups()
        out.append('<a href="%s">%s</a>' % (H.escape(linkfn(full_url(loc, u))), H.escape(label, quote=False)))
        pos = m.end()
    out.append(H.escape(s[pos:], quote=False))
    return "".join(out)


def tok_text(s, loc, textlinkfn=None):
    def rep(m):
        label, u = m.groups()
        u = full_url(loc, u)
        if textlinkfn:
            u = textlinkfn(u)
        return u if label == u else "%s ( %s )" % (label, u)
    return TOK.sub(rep, s)


CSS = """
body { margin:0; font:13px/18px Arial, sans-serif; }
a { text-decoration:none; color:#006699; font:13px/18px Arial, sans-serif; }
a img { border:0; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align:top; font-size:13px; line-height:18px; font-family:Arial, sans-serif; }
.heading { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
#container { width:655px; color:#333; margin:0 auto; }
#container .frame { padding:0 20px 20px 20px; }
#main, #header, #summary, #orderDetails, #itemDetails, #closing, #legalCopy { width:100%; }
#header { margin:0 0 15px 0; }
#header .logo { width:115px; padding:18px 0 0 0; }
#header .navigation { text-align:right; padding:5px 0; border-bottom:1px solid #ccc; white-space:nowrap; }
#header .navigation span { text-decoration:none; color:#CCC; font:15px Arial, san-serif; }
#header .title { text-align:right; padding:7px 0 5px 0; }
#summary td { padding:0 0 8px 0; }
#orderDetails .heading { width:640px; margin:0 0 3px 0; padding:0 0 3px 0; }
#orderDetails .frame { padding:16px 20px 6px 20px; background-color:#efefef; border-top:3px solid #2d3741; }
#itemDetails td { padding:6px 0 6px 0; }
#itemDetails .price { text-align:right; white-space:nowrap; }
#closing td { padding:10px 0 20px 0; }
#legalCopy { margin:20px 0 0 0; }
#legalCopy p { font-size:10px; color:#666; line-height:14px; }
"""


def amz(loc_key, name, title, order, paras, items=None, items_hdr=None, total=None, linkfn=None,
        textlinkfn=None, security=True, charset="utf-8", closing=None, pixel=True):
    """Render an Amazon-style notification as (text, html)."""
    loc = LOC[loc_key]
    linkfn = linkfn or amazon_track(loc)
    hello = loc["hello"].format(n=name) if name else {"fr": "Bonjour,", "es": "Hola:", "pt": "Olá,"}[loc_key[:2]]
    sec = SEC[loc["sec"]] if security else []
    closing = closing or loc["closing"]
    # ---- text
    bar = "-" * 72
    t = [loc["brand"], bar, title]
    if order:
        t.append(loc["order_lbl"] + order)
    t += [bar, "", hello, ""]
    for p in paras:
        t += [tok_text(p, loc, textlinkfn), ""]
    if items:
        if items_hdr:
            t += [items_hdr, ""]
        for it in items:
            t.append("    " + it[0])
            t.append("    %s : %s" % (loc["qty"], it[1]) if loc_key.startswith("fr") else "    %s: %s" % (loc["qty"], it[1]))
            if len(it) > 3:
                t.append("    %s %s" % (loc["seller"], it[3]))
            t.append("    " + it[2])
            t.append("")
        if total:
            t += ["%s : %s" % (loc["total"], total) if loc_key.startswith("fr") else "%s: %s" % (loc["total"], total), ""]
    t += [bar, "", tok_text(loc["help"], loc, textlinkfn), "", closing, loc["brand"], "", bar]
    for s in sec:
        t += [tok_text(s, loc, textlinkfn), ""]
    t.append(loc["noreply"])
    text = "\n".join(t) + "\n"
    # ---- html
    L = lambda u: H.escape(linkfn(full_url(loc, u)))
    h = []
    h.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
             '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    h.append('<html xmlns="http://www.w3.org/1999/xhtml">\n <head>\n  <meta http-equiv="Content-Type" '
             'content="text/html; charset=%s" />\n  <title>%s</title>\n  <style type="text/css">%s  </style>\n'
             ' </head>' % (charset.upper(), H.escape(title), CSS))
    h.append(" <body>")
    if pixel:
        h.append('  <img width="1" height="1" src="https://www.%s/gp/r.html?C=%s&amp;M=urn:rtn:msg:2025%s&amp;R=%s&amp;T=O&amp;U=https%%3A%%2F%%2Fimages-eu.ssl-images-amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif" />'
                 % (loc["domain"], rid(13), hexid(20), rid(13)))
    h.append('  <table id="container" cellpadding="0">\n   <tbody>\n    <tr>\n     <td class="frame">')
    h.append('      <table id="main" cellpadding="0">\n       <tbody>\n        <tr>\n         <td>')
    h.append('          <table id="header" cellpadding="0">\n           <tbody>\n            <tr>')
    h.append('             <td rowspan="2" class="logo"><a href="%s"><img alt="%s" src="https://images-eu.ssl-images-amazon.com/images/G/08/x-locale/common/logo-amazon-email._CB485934545_.png" width="115" border="0" /></a></td>'
             % (L("/"), loc["brand"]))
    h.append('             <td class="navigation">\n              <table align="right">\n               <tbody>\n                <tr>')
    h.append('                 <td> <a href="%s">%s</a> </td>\n                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>'
             % (L("/gp/css/order-history"), loc["orders"]))
    h.append('                 <td> <a href="%s">%s</a> </td>\n                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>'
             % (L("/gp/css/homepage.html"), loc["account"]))
    h.append('                 <td> <a class="last" href="%s">%s</a> </td>' % (L("/"), loc["brand"]))
    h.append('                </tr>\n               </tbody>\n              </table> </td>\n            </tr>\n            <tr>')
    h.append('             <td class="title"> <h2>%s</h2> %s</td>' % (
        H.escape(title), ('%s<a href="%s">%s</a> ' % (H.escape(loc["order_lbl"]),
                                                       L("/gp/your-account/order-details?orderID=" + order), order)) if order else ""))
    h.append('            </tr>\n           </tbody>\n          </table> </td>\n        </tr>')
    h.append('        <tr>\n         <td>\n          <table id="summary" cellpadding="0">\n           <tbody>\n            <tr>')
    h.append('             <td><span class="heading">%s</span>' % H.escape(hello))
    for p in paras:
        h.append('              <p> %s </p>' % tok_html(p, loc, linkfn))
    h.append('             </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>')
    if items:
        h.append('        <tr>\n         <td>\n          <table id="orderDetails" cellpadding="0">\n           <tbody>')
        if items_hdr:
            h.append('            <tr>\n             <td> <h3 class="heading">%s</h3> </td>\n            </tr>' % H.escape(items_hdr))
        h.append('            <tr>\n             <td class="frame">\n              <table id="itemDetails" cellpadding="0">\n               <tbody>')
        for it in items:
            h.append('                <tr>\n                 <td class="name"> <a href="%s">%s</a><br /> <span>%s&nbsp;: %s</span>%s </td>\n                 <td class="price"> <strong>%s</strong> </td>\n                </tr>'
                     % (L("/dp/B0%s" % rid(8)), H.escape(it[0]), loc["qty"], it[1],
                        ("<br /> <span>%s %s</span>" % (loc["seller"], H.escape(it[3]))) if len(it) > 3 else "",
                        H.escape(it[2])))
        if total:
            h.append('                <tr>\n                 <td class="name"> <b>%s</b> </td>\n                 <td class="price"> <b>%s</b> </td>\n                </tr>'
                     % (loc["total"], H.escape(total)))
        h.append('               </tbody>\n              </table> </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>')
    h.append('        <tr>\n         <td>\n          <table id="closing" cellpadding="0">\n           <tbody>\n            <tr>')
    h.append('             <td> %s <p> <br />%s<br /> <span class="signature"> <strong>%s</strong> </span> </p> </td>'
             % (tok_html(loc["help"], loc, linkfn), H.escape(closing), loc["brand"]))
    h.append('            </tr>\n           </tbody>\n          </table> </td>\n        </tr>')
    h.append('        <tr>\n         <td>\n          <table id="legalCopy" cellpadding="0">\n           <tbody>\n            <tr>\n             <td>')
    for s in sec:
        h.append('              <p class="small">%s</p>' % tok_html(s, loc, linkfn))
    h.append('              <p class="small">%s</p>' % H.escape(loc["noreply"]))
    h.append('             </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>')
    h.append('       </tbody>\n      </table> </td>\n    </tr>\n   </tbody>\n  </table>\n </body>\n</html>')
    html = "\n".join(h) + "\n"
    return text, html


def simple_html(body_html, title="", charset="utf-8", css=""):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<title>%s</title>\n%s</head>\n<body>\n%s\n</body>\n</html>\n'
            % (charset, H.escape(title), ("<style>%s</style>\n" % css) if css else "", body_html))


# ---------------------------------------------------------------- specs
SPECS = []


def add(kind, language, cause, states_reason, marketplace, note, frm, to, subject, text=None, html=None,
        charset="utf-8", cte="quoted-printable", hcharset=None, hcte=None, auth=None, amazon=None,
        reply_to=None, headers=(), subj_cs=None, received=None):
    SPECS.append(dict(kind=kind, language=language, cause=cause, states_reason=states_reason,
                      marketplace=marketplace, note=note, frm=frm, to=to, subject=subject, text=text,
                      html=html, charset=charset, cte=cte, hcharset=hcharset or charset, hcte=hcte or cte,
                      auth=auth, amazon=amazon, reply_to=reply_to, headers=list(headers), subj_cs=subj_cs,
                      received=received))


def auth_pass(dom, mx, style="std"):
    """Authentication-Results for a genuine Amazon mail (DKIM and DMARC aligned on dom)."""
    ip = "54.240.%d.%d" % (RNG.randint(0, 15), RNG.randint(1, 250))
    if style == "ms":
        return ("spf=pass (sender IP is %s) smtp.mailfrom=bounces.%s; dkim=pass (signature was verified) "
                "header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (ip, dom, dom, dom))
    return ("%s; dkim=pass header.d=%s header.i=@%s header.s=%s header.b=%s; "
            "spf=pass (%s: domain of bounces.%s designates %s as permitted sender) smtp.mailfrom=bounces.%s; "
            "dmarc=pass header.from=%s (p=QUARANTINE sp=QUARANTINE dis=NONE)"
            % (mx, dom, dom, rid(32, "abcdefghijklmnopqrstuvwxyz234567"), rid(8, A36 + "abcdefghijklmnopqrstuvwxyz"),
               mx, dom, ip, dom, dom))


# ================================================================ FRENCH
# ---------------- notices (one per cause)
o = oid("402")
t, h = amz("fr_FR", "Camille", "Annulation d'article", o, [
    "Nous sommes au regret de vous informer que l'article ci-dessous de votre commande %s n'est plus "
    "disponible : notre fournisseur n'a pas été en mesure de nous livrer les quantités prévues et nous ne "
    "savons pas quand il sera de nouveau en stock. Nous avons donc annulé cet article." % o,
    "Vous ne serez pas débité(e) pour cet article. Si un prélèvement a déjà été effectué, le remboursement "
    "apparaîtra sur votre relevé sous 3 à 5 jours ouvrés.",
    "Les autres articles de votre commande ne sont pas concernés et seront expédiés comme prévu. Vous pouvez "
    "suivre votre commande dans [[Vos commandes|/gp/css/order-history]].",
], items=[("Bosch Professional Perceuse-visseuse sans fil GSR 12V-15 (2 batteries 2,0 Ah, chargeur, L-BOXX)",
           1, "119,90 €", "Amazon EU S.à r.l.")], items_hdr="Article annulé",
    closing="Nous vous prions de nous excuser pour la gêne occasionnée.")
add("notice", "fr", "inventory_shortage", True, "amazon.fr", "supplier could not deliver, one item cancelled",
    '"Amazon.fr" <order-update@amazon.fr>', "Camille Laurent <camille.laurent@orange.fr>",
    "1 article a été annulé de votre commande Amazon.fr %s" % o, t, h, auth="pass", amazon="amazon.fr")

o = oid("702")
t, _ = amz("fr_CA", "Émilie", "Annulation de commande", o, [
    "Nous n'avons pas pu obtenir l'autorisation de paiement pour votre commande %s. Votre carte Visa se "
    "terminant par 4417 a été refusée par l'institution émettrice." % o,
    "Nous vous avons envoyé un courriel vous invitant à réviser votre mode de paiement. Comme la révision "
    "du paiement n'a pas été effectuée dans le délai prévu, nous avons annulé votre commande. Aucun montant "
    "n'a été porté à votre carte.",
    "Si vous désirez toujours ces articles, vous pouvez passer une nouvelle commande sur [[Amazon.ca|/]]. "
    "Pour vérifier ou mettre à jour vos modes de paiement, rendez-vous dans [[Votre compte|/cpe/yourpayments/wallet]].",
], items=[("Manette sans fil DualSense pour PlayStation 5 - Blanc", 1, "84,99 $"),
          ("Câble de recharge USB-C tressé 3 m (paquet de 2)", 1, "17,99 $")], total="117,28 $",
    items_hdr="Articles annulés")
add("notice", "fr", "payment_issue", True, "amazon.ca", "card declined, payment revision not made in time",
    '"Amazon.ca" <payments-messages@amazon.ca>', "Émilie Tremblay <emilie.tremblay@videotron.ca>",
    "Votre commande Amazon.ca %s a été annulée" % o, t, None, charset="iso-8859-1",
    cte="quoted-printable", amazon="amazon.ca", subj_cs="iso-8859-1")

o = oid("403")
_, h = amz("fr_FR", "Nicolas", "Commande annulée", o, [
    "Nous vous contactons au sujet de votre commande %s de l'article « Samsung Galaxy Tab S9 FE 128 Go "
    "Wi-Fi - Gris »." % o,
    "En raison d'une erreur technique, cet article a été affiché sur notre site à un prix incorrect "
    "(49,00 € au lieu de 449,00 €). Conformément à nos Conditions générales de vente, nous avons annulé "
    "votre commande. Aucun montant ne vous a été prélevé.",
    "L'erreur a été corrigée sur la page détaillée du produit. Si vous souhaitez toujours acheter cet "
    "article, vous pouvez passer une nouvelle commande au prix actuel.",
], items=[("Samsung Galaxy Tab S9 FE 128 Go Wi-Fi - Gris", 1, "49,00 €", "Amazon EU S.à r.l.")],
    items_hdr="Article annulé", closing="Nous vous prions de nous excuser pour ce désagrément.")
add("notice", "fr", "technical_issue", True, "amazon.fr", "pricing error, html only",
    '"Amazon.fr" <order-update@amazon.fr>', "nicolas.girard@free.fr",
    "Important : annulation de votre commande Amazon.fr %s" % o, None, h, charset="utf-8", cte="base64",
    auth="pass", amazon="amazon.fr")

o = oid("405")
t, h = amz("fr_BE", "Sophie", "Commande annulée", o, [
    "Dans le cadre de nos contrôles de sécurité, nous avons détecté une activité inhabituelle sur votre "
    "compte Amazon.com.be. Par mesure de précaution, nous avons placé votre compte en attente et annulé la "
    "commande %s." % o,
    "Pour rétablir l'accès à votre compte, connectez-vous sur www.amazon.com.be depuis votre navigateur ou "
    "l'application Amazon Shopping et suivez les instructions affichées afin de vérifier votre identité.",
    "Si un montant a été autorisé sur votre moyen de paiement, cette autorisation sera levée par votre banque "
    "dans les prochains jours.",
    "Pour en savoir plus, consultez la page [[Compte en attente|/gp/help/customer/display.html?nodeId=GLSNKNXF2Y5XGQ7Z]] de notre Aide.",
], items=[("Apple AirPods Pro (2e génération) avec boîtier de charge MagSafe (USB-C)", 1, "249,00 €"),
          ("Carte cadeau Amazon.com.be - 100 € - E-mail", 2, "200,00 €")], total="449,00 €",
    items_hdr="Articles annulés", charset="iso-8859-15")
add("notice", "fr", "fraud_prevention", True, "amazon.com.be", "unusual activity, account on hold",
    '"Amazon.com.be" <cs-reply@amazon.com.be>', "Sophie Dubois <sophie.dubois@skynet.be>",
    "Votre commande Amazon.com.be %s a été annulée" % o, t, h, charset="iso-8859-15", cte="8bit",
    amazon="amazon.com.be")

o = oid("171")
t, h = amz("fr_FR", "Thomas", "Confirmation d'annulation", o, [
    "Conformément à votre demande, nous avons annulé l'article suivant de votre commande %s." % o,
    "Motif de l'annulation : Annulée par le client",
    "Si vous avez payé par carte bancaire, ce montant ne vous sera pas débité. Si vous avez utilisé le solde "
    "d'un chèque-cadeau, celui-ci a été recrédité sur votre compte.",
    "Vous pouvez consulter l'état de vos autres commandes dans [[Vos commandes|/gp/css/order-history]].",
], items=[("Echo Dot (5e génération, modèle 2022) | Enceinte connectée Wi-Fi et Bluetooth avec Alexa | Anthracite",
           1, "64,99 €", "Amazon EU S.à r.l.")], items_hdr="Article annulé", charset="windows-1252")
add("notice", "fr", "customer_request", True, "amazon.fr", "customer cancelled, explicit cancel reason line",
    '"Amazon.fr" <auto-confirm@amazon.fr>', "thomas.petit@laposte.net",
    "Annulation réussie de « Echo Dot (5e génération, modèle 2022)... » de votre commande Amazon.fr %s" % o,
    t, h, charset="windows-1252", cte="quoted-printable", amazon="amazon.fr")

o = oid("701")
t, _ = amz("fr_CA", None, "Article annulé", o, [
    "Nous vous informons que l'article suivant de votre commande %s a été annulé." % o,
    "Si votre mode de paiement a été débité pour cet article, un remboursement sera émis automatiquement. "
    "Les autres articles de la commande, le cas échéant, ne sont pas touchés.",
    "Pour consulter votre commande, visitez [[Vos commandes|/gp/css/order-history]].",
], items=[("Bodum Chambord Cafetière à piston, 8 tasses, 1 L, chrome", 1, "54,99 $")])
add("notice", "fr", "unknown", False, "amazon.ca", "item cancelled, no reason given",
    '"Amazon.ca" <order-update@amazon.ca>', "marc.gagnon@sympatico.ca",
    "Un article a été annulé de votre commande Amazon.ca %s" % o, t, None, charset="utf-8", cte="8bit",
    auth="pass:ms", amazon="amazon.ca")

# ---------------- lookalikes
add("lookalike", "fr", "fraud_prevention", True, None, "crude, gmail sender, callback phone number, malformed order no",
    '"Service Client Amazon" <service.clients.amazon.fr@gmail.com>', "camille.laurent@orange.fr",
    "Commande annulée n° 402-8837561-220 - Action requise",
    """Bonjour,

Votre commande n° 402-8837561-220 d'un montant de 1 479,00 EUR (Apple iPhone 15 Pro Max 256 Go - Titane
naturel) a été ANNULÉE suite à une activité suspecte détectée sur votre compte Amazon.

Attention : le montant sera quand même débité de votre carte sous 24 heures si vous ne contestez pas.

Si vous n'êtes pas à l'origine de cet achat, appelez IMMÉDIATEMENT notre service remboursement au :

      +33 9 70 73 12 48   (appel gratuit, 7j/7 - 24h/24)

Un conseiller Amazon vous guidera pour bloquer le prélèvement et sécuriser votre compte.

Cordialement,
Service Client Amazon France
Réf. dossier : FR-77312
""", charset="utf-8", cte="8bit",
    auth="mx.orange.fr; dkim=pass header.d=gmail.com header.i=@gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com")

o = "171-4478120-6650719"
evil = lambda u: "http://amazon-orders.help/fr/verification?session=%s" % rid(16, "abcdef0123456789")
t, h = amz("fr_FR", "client(e)", "Compte suspendu", o, [
    "Suite à plusieurs tentatives de connexion inhabituelles, votre compte Amazon a été temporairement "
    "suspendu et votre commande %s a été annulée." % o,
    "Pour réactiver votre compte et récupérer votre commande, saisissez le code de déblocage ci-dessous sur "
    "notre page de vérification sécurisée dans les 24 heures :",
    "Code de déblocage : 884 213",
    "[[Réactiver mon compte|http://amazon-orders.help/fr/reactivation]]",
    "Passé ce délai, votre compte sera définitivement fermé et les fonds en attente seront perdus.",
], linkfn=evil, textlinkfn=evil, pixel=False)
add("lookalike", "fr", "fraud_prevention", True, None, "look-alike domain amazon-orders.help, account suspended + unlock code, polished",
    '"Amazon.fr" <no-reply@amazon-orders.help>', "camille.laurent@orange.fr",
    "Votre compte est suspendu - commande %s annulée" % o, t, h,
    auth="mx.orange.fr; dkim=pass header.d=amazon-orders.help; spf=pass smtp.mailfrom=amazon-orders.help; dmarc=pass header.from=amazon-orders.help")

add("lookalike", "fr", "payment_issue", True, None, "outlook sender, asks to reply with card details, malformed order no",
    '"Amazon.fr" <amazon.fr.service-client@outlook.fr>', "nicolas.girard@free.fr",
    "Re: Votre commande a été annulée - paiement refusé",
    """Cher(e) client(e),

Nous n'avons pas pu valider le paiement de votre dernière commande (n° 403-5521907-3318) et celle-ci a
été annulée automatiquement par notre système.

Afin de réactiver votre commande et d'éviter la suspension de votre compte, merci de répondre
directement à ce message en nous communiquant :

 - Nom du titulaire de la carte
 - Numéro de carte (16 chiffres)
 - Date d'expiration
 - Code de sécurité (3 chiffres au dos de la carte)
 - Date de naissance

Nos équipes traiteront votre demande sous 2 heures ouvrées.

Merci de votre confiance,
L'équipe Amazon
Service Paiements
""", charset="iso-8859-1", cte="quoted-printable", reply_to="amazon.fr.service-client@outlook.fr",
    subj_cs="iso-8859-1")

o = "403-9927461-5183307"
evil = lambda u: "http://amaz0n-fr.com.secure-refund.ru/fr/remboursement?c=%s" % rid(10)
_, h = amz("fr_FR", "Nicolas", "Commande annulée", o, [
    "Nous sommes désolés : l'article « Dyson V15 Detect Absolute » de votre commande %s est en rupture de "
    "stock chez notre fournisseur et votre commande a été annulée." % o,
    "Le montant de 699,00 € a déjà été prélevé. Pour recevoir votre remboursement, veuillez confirmer vos "
    "informations de paiement sous 48 heures à l'adresse suivante :",
    "[[https://www.amazon.fr/gp/css/order-history/remboursement|http://x]]",
    "Sans confirmation de votre part, le remboursement ne pourra pas être effectué.",
], items=[("Dyson V15 Detect Absolute - Aspirateur balai sans fil", 1, "699,00 €")], linkfn=evil)
add("lookalike", "fr", "inventory_shortage", True, None, "amaz0n-fr.com sender, link text shows amazon.fr but href goes elsewhere, html only",
    '"Amazon.fr" <order-update@amaz0n-fr.com>', "nicolas.girard@free.fr",
    "Votre commande Amazon.fr %s a été annulée" % o, None, h, cte="quoted-printable")

o = "405-1189023-7736412"
evil = lambda u: "https://secure-mail-service.net/amz/fr/id-check?ref=%s" % rid(12)
t, h = amz("fr_FR", "Sophie", "Commande annulée", o, [
    "Suite à une erreur système survenue lors du traitement de votre paiement, votre commande %s a été "
    "annulée." % o,
    "Afin d'éviter que le montant de 329,99 € ne soit débité deux fois, nous vous demandons de confirmer "
    "votre identité et vos coordonnées bancaires avant le remboursement.",
    "[[Confirmer mon identité|https://www.amazon.fr/ap/signin]]",
], items=[("Nintendo Switch OLED - Blanc", 1, "329,99 €")], linkfn=evil, textlinkfn=evil, security=False)
add("lookalike", "fr", "technical_issue", True, None, "Cyrillic homoglyph display name, third-party domain, asks identity + bank details",
    '"Аmаzon.fr" <notification@secure-mail-service.net>', "sophie.dubois@skynet.be",
    "Votre commande Amazon.fr n° %s a été annulée" % o, t, h, cte="base64",
    auth="mx.skynet.be; dkim=pass header.d=secure-mail-service.net; spf=pass smtp.mailfrom=secure-mail-service.net; dmarc=none header.from=secure-mail-service.net")

add("lookalike", "fr", "payment_issue", True, None, "amazon.fr.<evil>.top domain, no order number, 'will be cancelled' threat, crude html",
    '"AMAZON" <alerte@amazon.fr.compte-verification.top>', "thomas.petit@laposte.net",
    "DERNIER AVIS : Votre commande sera annulée dans 24h",
    None, simple_html("""<div style="font-family:Verdana;font-size:14px;max-width:560px">
<p style="font-size:26px;font-weight:bold;color:#ff9900">amazon</p>
<p><b>Cher client,</b></p>
<p>Votre moyen de paiement a expiré. Votre commande en attente <b style="color:red">SERA ANNULÉE</b>
si vous ne mettez pas à jour vos informations de facturation avant demain.</p>
<p>Après l'annulation, votre compte Prime sera également suspendu.</p>
<p style="text-align:center"><a href="http://amazon.fr.compte-verification.top/maj-paiement/index.php"
style="background:#f0c14b;padding:10px 30px;color:#111;border:1px solid #a88734">METTRE À JOUR MAINTENANT</a></p>
<p>Merci,<br>Le service client Amazon</p>
<p style="font-size:10px;color:#999">© 1996-2025, Amazon.com, Inc. ou ses filiales.</p>
</div>""", charset="windows-1252"), charset="windows-1252", cte="quoted-printable", subj_cs="windows-1252")

o = "702-3381940-2276515"
evil = lambda u: "https://amazon-ca-remboursement.com/suivi?" + rid(8)
t, h = amz("fr_CA", "Marc", "Confirmation d'annulation", o, [
    "Conformément à votre demande, votre commande %s a été annulée. Un remboursement de 1 249,99 $ sera "
    "traité dans les 24 heures." % o,
    "Vous n'avez PAS demandé cette annulation ou vous ne reconnaissez pas cet achat? Appelez immédiatement "
    "notre Centre des remboursements au 1-833-412-7790 (sans frais) et mentionnez le numéro de "
    "confirmation RFD-55820-QC.",
    "Pour votre sécurité, ne vous connectez pas à votre compte avant d'avoir parlé à un agent.",
], items=[("Apple MacBook Air 13 po (M3, 8 Go RAM, 256 Go SSD) - Minuit", 1, "1 249,99 $")],
    linkfn=evil, textlinkfn=evil)
add("lookalike", "fr", "customer_request", True, None, "amazon.ca look-alike domain, claims customer cancellation, callback number",
    '"Amazon.ca" <service@amazon-ca-remboursement.com>', "marc.gagnon@sympatico.ca",
    "Confirmation d'annulation de votre commande Amazon.ca %s" % o, t, h, cte="quoted-printable")

o = "405-7761290-1183526"
add("lookalike", "fr", "unknown", False, None, "spoofed amazon.com.be From with spf/dmarc fail, yahoo Reply-To, link text vs href mismatch, no reason",
    '"Amazon.com.be" <order-update@amazon.com.be>', "sophie.dubois@skynet.be",
    "Informations de Amazon.com.be : commande %s annulée" % o, None, simple_html("""<table width="600" style="font-family:Arial;font-size:13px;color:#333">
<tr><td style="border-bottom:1px solid #ccc;padding:10px 0"><img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="110" alt="amazon.com.be"></td></tr>
<tr><td style="padding:15px 0">
<p>Bonjour,</p>
<p>Nous vous informons que votre commande n° %s a été annulée.</p>
<p>Pour consulter les détails de l'annulation et obtenir votre remboursement, connectez-vous à votre compte via le lien ci-dessous :</p>
<p><a href="https://amazon-com-be.support-client.shop/login?o=%s">www.amazon.com.be/vos-commandes</a></p>
<p>Cordialement,<br>Service Client Amazon.com.be</p>
</td></tr>
<tr><td style="font-size:10px;color:#888">Amazon ne vous demandera jamais votre mot de passe par e-mail.</td></tr>
</table>""" % (o, o)), cte="quoted-printable", reply_to="support.amazonbe@yahoo.com",
    auth="mx.skynet.be; spf=fail (domain of amazon.com.be does not designate 185.244.25.17 as permitted sender) smtp.mailfrom=amazon.com.be; dkim=none; dmarc=fail (p=QUARANTINE) header.from=amazon.com.be",
    received="from vps-4f21a.hosted-cloud.eu (unknown [185.244.25.17]) by mx.skynet.be")

# ---------------- non-notices
add("non_notice", "fr", None, False, None, "small web shop cancelled order paid with Amazon Pay",
    '"Maison Céleste" <commandes@maison-celeste.fr>', "Camille Laurent <camille.laurent@orange.fr>",
    "Votre commande #MC-20417 a été annulée",
    """Bonjour Camille,

Nous sommes désolés : votre commande #MC-20417 a été annulée, car la bougie « Figuier sauvage 300 g »
n'est plus disponible dans notre atelier avant la fin de la saison.

Récapitulatif
  Bougie parfumée Figuier sauvage 300 g x 2 ........ 58,00 €
  Livraison Colissimo ............................... 4,90 €
  Total remboursé .................................. 62,90 €

Moyen de paiement : Amazon Pay (Visa •••• 1182)
Le remboursement a été initié aujourd'hui. Il apparaîtra dans votre historique Amazon Pay et sur votre
relevé bancaire sous 3 à 5 jours ouvrés. Votre compte Amazon n'est pas concerné par cette annulation.

Pour toute question, répondez simplement à cet e-mail.

À bientôt,
Clémence – Maison Céleste, bougies artisanales à Lyon
https://www.maison-celeste.fr
""", charset="utf-8", cte="quoted-printable")

add("non_notice", "fr", None, False, None, "friend says he cancelled his Amazon order",
    '"Julien Moreau" <julien.moreau78@gmail.com>', "Camille Laurent <camille.laurent@orange.fr>",
    "Re: cadeau pour Léa",
    """Salut Camille,

Petite mise à jour : j'ai annulé ma commande Amazon pour le Lego, la livraison était annoncée pour le
28 et l'anniversaire est le 21, ça ne collait pas. Le remboursement est déjà en cours.

Du coup je suis passé à la Fnac ce midi, ils l'avaient en rayon (89 €). On partage en deux comme prévu ?
Je t'envoie un Lydia ce soir.

Bises,
Julien

Le mar. 11 mars 2025 à 09:14, Camille Laurent <camille.laurent@orange.fr> a écrit :
> Tu t'occupes de commander le Lego ? Moi je prends la carte.
""", charset="utf-8", cte="8bit",
    headers=[("In-Reply-To", "<CAF3x9k2+q7Lm@mail.gmail.com>")])

add("non_notice", "fr", None, False, None, "consumer newsletter about phishing quoting a fake Amazon cancellation subject",
    '"Le Mag Conso" <newsletter@lemagconso.fr>', "nicolas.girard@free.fr",
    "Arnaque : les faux e-mails « Votre commande Amazon a été annulée » se multiplient",
    None, simple_html("""<table width="620" align="center" style="font-family:Georgia,serif;color:#222">
<tr><td style="background:#1b3a57;color:#fff;padding:14px;font-size:22px">Le Mag Conso – la lettre du jeudi</td></tr>
<tr><td style="padding:18px 14px">
<h1 style="font-size:22px">Arnaque : les faux e-mails « Votre commande Amazon a été annulée » se multiplient</h1>
<p>Depuis quelques semaines, nos lecteurs nous transfèrent des messages intitulés
<i>« Votre commande Amazon.fr n° 402-XXXXXXX-XXXXXXX a été annulée – action requise »</i>.
Le texte affirme qu'un achat coûteux a été annulé « suite à une activité suspecte » et invite à appeler un
numéro surtaxé ou à cliquer sur un lien pour « débloquer le remboursement ».</p>
<p><b>Nos conseils :</b></p>
<ul>
<li>Vérifiez toujours l'état de vos commandes directement dans l'application ou sur le site, jamais via le lien du message ;</li>
<li>regardez l'adresse réelle de l'expéditeur, pas seulement le nom affiché ;</li>
<li>une entreprise sérieuse ne vous demandera jamais votre numéro de carte par e-mail ou par téléphone ;</li>
<li>signalez le message sur la plateforme 33700 ou sur le site de Cybermalveillance.</li>
</ul>
<p>À lire aussi : <a href="https://www.lemagconso.fr/guides/remboursement-commande-annulee">Commande annulée par un e-commerçant : quels sont vos droits ?</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:10px 14px">Vous recevez cette lettre car vous êtes abonné(e) au Mag Conso.
<a href="https://www.lemagconso.fr/desinscription?u=88231">Se désinscrire</a></td></tr>
</table>"""), cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://www.lemagconso.fr/desinscription?u=88231>"), ("Precedence", "bulk")])

o = oid("402")
t, h = amz("fr_FR", "Thomas", "Rendez-vous de livraison annulé", o, [
    "Le transporteur chargé de la livraison de votre gros électroménager a dû annuler le rendez-vous de "
    "livraison prévu mardi entre 8 h et 13 h.",
    "Votre commande %s n'est pas annulée : elle reste valable et vos articles vous seront bien livrés. "
    "Choisissez simplement un nouveau créneau de livraison dans [[Vos commandes|/gp/css/order-history]]." % o,
    "Si vous ne choisissez pas de nouveau créneau, le transporteur vous contactera par téléphone pour "
    "convenir d'une date.",
], items=[("Bosch Lave-linge hublot Série 6 WGG244Z0FR, 9 kg, 1400 tr/min, classe A", 1, "629,99 €")],
    closing="Nous vous prions de nous excuser pour ce contretemps.")
add("non_notice", "fr", None, False, "amazon.fr", "delivery appointment cancelled, order kept",
    '"Amazon.fr" <order-update@amazon.fr>', "thomas.petit@laposte.net",
    "Votre rendez-vous de livraison a été annulé – commande %s" % o, t, h, cte="quoted-printable",
    auth="pass", amazon="amazon.fr")

t, h = amz("fr_FR", "Camille", "Abonnement Amazon Prime annulé", None, [
    "Nous vous confirmons l'annulation de votre abonnement Amazon Prime.",
    "Vous continuerez à bénéficier de vos avantages Prime (livraison rapide gratuite, Prime Video, Amazon "
    "Music Prime) jusqu'à la fin de votre période d'abonnement en cours. Aucun autre paiement ne vous sera "
    "demandé.",
    "Vous avez changé d'avis ? Vous pouvez réactiver Prime à tout moment depuis [[Gérer mon abonnement Prime|/gp/primecentral]].",
])
add("non_notice", "fr", None, False, "amazon.fr", "Prime membership cancelled",
    '"Amazon Prime" <prime@amazon.fr>', "camille.laurent@orange.fr",
    "Confirmation de l'annulation de votre abonnement Amazon Prime", t, h, cte="base64", amazon="amazon.fr")

o = oid("702")
t, _ = amz("fr_CA", "Émilie", "Révision du paiement requise", o, [
    "Votre institution financière a refusé le paiement de votre commande %s." % o,
    "Pour que nous puissions expédier vos articles, veuillez réviser votre mode de paiement ou en choisir un "
    "autre d'ici 3 jours : [[Réviser le paiement|/gp/css/order/edit.html?orderID=%s]]." % o,
    "Si nous ne recevons pas de renseignements de paiement valides dans ce délai, votre commande sera "
    "annulée.",
], items=[("Lodge Poêle en fonte pré-assaisonnée, 30 cm", 1, "49,97 $")])
add("non_notice", "fr", None, False, "amazon.ca", "payment revision reminder before any cancellation",
    '"Amazon.ca" <payments-messages@amazon.ca>', "Émilie Tremblay <emilie.tremblay@videotron.ca>",
    "Action requise : révision du paiement de votre commande Amazon.ca %s" % o, t, None,
    charset="iso-8859-1", cte="8bit", auth="pass", amazon="amazon.ca", subj_cs="iso-8859-1")


# ================================================================ SPANISH
# ---------------- notices
o = oid("701")
t, h = amz("es_MX", "Alejandro", "Artículo cancelado", o, [
    "Te escribimos en relación con tu pedido en preventa %s." % o,
    "Lamentablemente, el proveedor nos informó que no podrá enviarnos las unidades esperadas de «The Legend "
    "of Zelda: Echoes of Wisdom - Edición Estándar - Nintendo Switch», por lo que no podremos surtir tu "
    "preventa. Cancelamos este artículo de tu pedido.",
    "No se realizó ningún cargo a tu método de pago por este artículo. Si utilizaste saldo de Tarjeta de "
    "Regalo, ya se reembolsó a tu cuenta.",
    "Lamentamos las molestias. Puedes revisar tus pedidos en [[Tus pedidos|/gp/css/order-history]].",
], items=[("The Legend of Zelda: Echoes of Wisdom - Edición Estándar - Nintendo Switch", 1, "$1,199.00",
           "Amazon México")], items_hdr="Artículos cancelados")
add("notice", "es", "inventory_shortage", True, "amazon.com.mx", "pre-order cannot be filled, supplier shortfall",
    '"Amazon.com.mx" <order-update@amazon.com.mx>', "Alejandro Ramírez <alex.ramirez@prodigy.net.mx>",
    "Se canceló un artículo de tu pedido de Amazon.com.mx %s" % o, t, h, auth="pass", amazon="amazon.com.mx")

o = oid("404")
t, _ = amz("es_ES", "Lucía", "Pedido cancelado", o, [
    "Te escribimos para informarte de que hemos cancelado tu pedido %s." % o,
    "No pudimos cobrar el importe del pedido: el saldo de tu cheque regalo no era suficiente para cubrir el "
    "total y el cargo del importe restante en tu tarjeta Mastercard terminada en 0921 fue rechazado. Te "
    "enviamos un aviso para que revisaras el pago, pero no recibimos un método de pago válido dentro del "
    "plazo indicado.",
    "No se ha realizado ningún cargo. El saldo de tu cheque regalo sigue disponible en tu cuenta.",
    "Si todavía quieres estos productos, puedes volver a hacer el pedido. Para añadir o actualizar tus "
    "métodos de pago, visita [[Mi cuenta|/cpe/yourpayments/wallet]].",
], items=[("Cecotec Freidora sin Aceite de 5,5 L Cecofry Full InoxBlack Pro", 1, "69,90 €"),
          ("Papel para freidora de aire desechable, 100 unidades", 1, "9,99 €")], total="79,89 €",
    items_hdr="Artículos cancelados")
add("notice", "es", "payment_issue", True, "amazon.es", "gift card balance insufficient + card declined, revision not made",
    '"Amazon.es" <payments-messages@amazon.es>', "Lucía Fernández <lucia.fdez@telefonica.net>",
    "Tu pedido de Amazon.es %s se ha cancelado" % o, t, None, charset="iso-8859-15", cte="quoted-printable",
    amazon="amazon.es", subj_cs="iso-8859-15")

o = oid("403")
_, h = amz("es_ES", "Javier", "Pedido cancelado", o, [
    "Te contactamos en relación con tu pedido %s." % o,
    "Debido a un error en nuestro sistema, el producto «LG OLED evo C4 de 55 pulgadas, Smart TV 4K» se "
    "mostró con un precio incorrecto (99,00 € en lugar de 1.299,00 €). Por este motivo, hemos cancelado el "
    "pedido. No se ha efectuado ningún cargo en tu método de pago.",
    "Ya hemos corregido el precio en la página del producto. Sentimos las molestias que esto pueda "
    "ocasionarte.",
], items=[("LG OLED evo C4 de 55 pulgadas, Smart TV 4K, OLED55C44LA", 1, "99,00 €", "Amazon EU S.à r.l.")],
    items_hdr="Artículo cancelado")
add("notice", "es", "technical_issue", True, "amazon.es", "pricing error, html only",
    '"Amazon.es" <order-update@amazon.es>', "javier.moreno@gmail.com",
    "Cancelación de tu pedido de Amazon.es %s" % o, None, h, cte="base64", auth="pass", amazon="amazon.es")

o = oid("702")
t, _ = amz("es_MX", "Daniela", "Pedido cancelado", o, [
    "Detectamos actividad inusual en tu cuenta de Amazon.com.mx. Para proteger tu cuenta, la pusimos en "
    "espera temporalmente y cancelamos tu pedido %s, que estaba pendiente de envío." % o,
    "Para restablecer el acceso, inicia sesión en tu cuenta desde la app de Amazon o en www.amazon.com.mx y "
    "sigue las instrucciones en pantalla para verificar tu identidad. Es posible que te pidamos confirmar la "
    "información de facturación de un método de pago registrado.",
    "Si se realizó una autorización en tu tarjeta, tu banco la liberará en los próximos días.",
], items=[("Consola PlayStation 5 Slim Edición Digital", 1, "$8,999.00"),
          ("Tarjeta de Regalo Amazon.com.mx - $2,000 - Envío por correo electrónico", 2, "$4,000.00")],
    total="$12,999.00", items_hdr="Artículos cancelados")
add("notice", "es", "fraud_prevention", True, "amazon.com.mx", "unusual activity, account on hold, identity verification",
    '"Amazon.com.mx" <cs-reply@amazon.com.mx>', "daniela.ortiz@outlook.com",
    "Tu pedido de Amazon.com.mx %s fue cancelado" % o, t, None, cte="8bit", amazon="amazon.com.mx")

o = oid("171")
t, h = amz("es_ES", "Pablo", "Cancelación realizada correctamente", o, [
    "Hemos cancelado el siguiente artículo de tu pedido %s, tal y como nos solicitaste." % o,
    "Motivo de la cancelación: Cancelado por el cliente",
    "Si ya se había realizado el cargo, te reembolsaremos el importe en tu método de pago original en un "
    "plazo de 3 a 5 días laborables.",
    "Puedes consultar el estado del resto de tus pedidos en [[Mis pedidos|/gp/css/order-history]].",
], items=[("Kindle Paperwhite (16 GB) | Pantalla de 7\", luz cálida ajustable, sin publicidad, negro",
           1, "169,99 €", "Amazon EU S.à r.l.")], items_hdr="Artículo cancelado", charset="windows-1252")
add("notice", "es", "customer_request", True, "amazon.es", "customer cancelled, explicit reason line",
    '"Amazon.es" <auto-confirm@amazon.es>', "pablo.sanz@hotmail.es",
    "Cancelación correcta de «Kindle Paperwhite (16 GB)...» de tu pedido de Amazon.es %s" % o, t, h,
    charset="windows-1252", cte="quoted-printable", amazon="amazon.es", subj_cs="windows-1252")

o = oid("701")
t, h = amz("es_MX", "Fernanda", "Pedido cancelado", o, [
    "Lamentamos informarte que cancelamos tu pedido %s porque no podemos realizar envíos a la dirección "
    "seleccionada: el código postal 23880 no corresponde al municipio indicado y nuestro servicio de "
    "paquetería no tiene cobertura en esa ubicación." % o,
    "No se realizó ningún cargo a tu método de pago.",
    "Te recomendamos revisar tus direcciones en [[Tu cuenta|/a/addresses]] antes de volver a realizar el pedido.",
], items=[("Tenis Nike Revolution 7 para Mujer, Negro/Blanco, 24.5 MX", 1, "$1,149.00")])
add("notice", "es", "unknown", True, "amazon.com.mx", "shipping address undeliverable",
    '"Amazon.com.mx" <order-update@amazon.com.mx>', "fer.castillo@yahoo.com.mx",
    "Tu pedido de Amazon.com.mx %s fue cancelado" % o, t, h, cte="base64", hcte="quoted-printable",
    auth="pass", amazon="amazon.com.mx")

# ---------------- lookalikes
add("lookalike", "es", "unknown", False, None, "hotmail sender, callback refund number, malformed order no, no reason",
    '"Amazon Mexico" <amazon.soporte.mx@hotmail.com>', "alex.ramirez@prodigy.net.mx",
    "Aviso: su pedido #701-2214598 ha sido cancelado",
    """Estimado cliente:

Le informamos que su pedido #701-2214598 por un monto de $12,499.00 MXN
(Apple Watch Series 9 GPS + Cellular 45 mm) ha sido CANCELADO.

El reembolso NO se procesa de forma automática. Para recibir su reembolso, o si usted no reconoce
esta compra, comuníquese de inmediato con nuestro Departamento de Reembolsos al:

        55 8421 7730   (lunes a domingo, 24 horas)

Tenga a la mano su número de pedido y los datos de la tarjeta con la que realizó el pago.

Atentamente,
Amazon México - Servicio al Cliente
""", cte="quoted-printable")

o = "404-6617329-8802735"
evil = lambda u: "https://amazon-es-cuentas.com/desbloqueo?token=%s" % rid(20, "abcdefghijklmnopqrstuvwxyz0123456789")
t, h = amz("es_ES", "Lucía", "Cuenta suspendida", o, [
    "Hemos detectado un inicio de sesión desde un dispositivo no reconocido (Windows 10, Lagos, Nigeria). "
    "Por tu seguridad, hemos suspendido tu cuenta y cancelado tu pedido %s." % o,
    "Para reactivar tu cuenta, introduce el siguiente código de verificación en la página de desbloqueo:",
    "Código: 5172-ES-9983",
    "[[Desbloquear mi cuenta|https://www.amazon.es/ap/unlock]]",
    "Si no completas la verificación en 12 horas, tu cuenta se cerrará de forma permanente.",
], linkfn=evil, textlinkfn=evil)
add("lookalike", "es", "fraud_prevention", True, None, "look-alike domain, account suspended + code, polished template",
    '"Amazon.es" <seguridad@amazon-es-cuentas.com>', "lucia.fdez@telefonica.net",
    "Tu cuenta ha sido suspendida y tu pedido %s cancelado" % o, t, h, cte="quoted-printable")

add("lookalike", "es", "payment_issue", True, None, "crude, yahoo sender, asks to reply with card data and DNI, malformed order",
    '"Atencion al Cliente Amazon" <atencion.amazon.es@yahoo.es>', "javier.moreno@gmail.com",
    "Su pedido fue cancelado - tarjeta rechazada",
    """Estimado/a cliente,

Su pedido Nº 403-88123-44 fue cancelado porque su tarjeta ha sido rechazada.

Para reactivar su pedido y evitar el bloqueo de su cuenta Amazon responda a este correo con los
siguientes datos:

Nombre completo:
Numero de tarjeta:
Fecha de caducidad:
CVV:
DNI:

Una vez recibidos sus datos su pedido sera enviado en 24h.

Gracias,
Departamento de Pagos Amazon España
""", charset="iso-8859-1", cte="8bit", subj_cs="iso-8859-1")

o = "702-5530184-9921146"
evil = lambda u: "https://amazon-mx-reembolsos.pedido-cancelado.xyz/login?r=%s" % rid(9)
_, h = amz("es_MX", "Daniela", "Pedido cancelado", o, [
    "Por un error en nuestro sistema de facturación, tu pedido %s fue cancelado y el cargo de $6,849.00 "
    "quedó duplicado en tu tarjeta." % o,
    "Para solicitar la devolución del cargo duplicado, ingresa a tu cuenta desde el siguiente enlace y "
    "confirma los datos de tu tarjeta:",
    "[[https://www.amazon.com.mx/gp/your-account/order-details|https://x]]",
    "Tienes 48 horas para completar el proceso; después, el reembolso ya no será posible.",
], items=[("Samsung Galaxy A55 5G 256 GB, Azul", 1, "$6,849.00")], linkfn=evil)
add("lookalike", "es", "technical_issue", True, None, "amazon.com.mx.<evil>.xyz sender, link text shows amazon.com.mx, href elsewhere, html only",
    '"Amazon.com.mx" <pedidos@amazon.com.mx.pedido-cancelado.xyz>', "daniela.ortiz@outlook.com",
    "Tu pedido de Amazon.com.mx %s fue cancelado por un error del sistema" % o, None, h, cte="quoted-printable")

o = "171-3390271-6614730"
evil = lambda u: "http://envios-notificacion.com/es/reembolso.php?id=%s" % rid(8)
t, h = amz("es_ES", "Pablo", "Artículo no disponible", o, [
    "El vendedor no ha podido suministrar el artículo de tu pedido %s porque ya no está disponible, por lo "
    "que el pedido ha sido cancelado." % o,
    "Para recibir el reembolso de 89,99 € debes confirmar tus datos de pago en las próximas 24 horas:",
    "[[Solicitar reembolso|https://www.amazon.es/reembolso]]",
], items=[("Auriculares Sony WH-CH720N con cancelación de ruido, negro", 1, "89,99 €")],
    linkfn=evil, textlinkfn=evil, security=False)
add("lookalike", "es", "inventory_shortage", True, None, "Greek homoglyph display name, third-party domain, refund-data lure",
    '"Αmazοn.es" <noreply@envios-notificacion.com>', "pablo.sanz@hotmail.es",
    "Pedido cancelado: tu artículo ya no está disponible", t, h, cte="base64",
    auth="mx3.hotmail.com; spf=pass smtp.mailfrom=envios-notificacion.com; dkim=pass header.d=envios-notificacion.com; dmarc=none header.from=envios-notificacion.com")

add("lookalike", "es", "payment_issue", True, None, "amaz0n-es.com, malformed order id, 'will be cancelled' unless act, crude",
    '"Amazon" <info@amaz0n-es.com>', "lucia.fdez@telefonica.net",
    "¡Urgente! Su pedido ES-99812-AMZ será cancelado",
    None, simple_html("""<center><div style="width:520px;font-family:Arial;border:1px solid #ddd;padding:20px;text-align:left">
<h2 style="color:#232f3e">amazon<span style="color:#ff9900">.es</span></h2>
<p>Estimado cliente,</p>
<p>Su pago para el pedido <b>ES-99812-AMZ</b> no pudo ser procesado.</p>
<p>Si no actualiza su metodo de pago en las proximas <b>24 horas</b>, su pedido sera <b>cancelado</b> y su cuenta bloqueada temporalmente.</p>
<p><a href="http://amaz0n-es.com/actualizar/pago.html" style="background:#ff9900;color:#fff;padding:10px 24px;text-decoration:none;font-weight:bold">ACTUALIZAR AHORA</a></p>
<p style="font-size:11px;color:#888">Amazon.es - Todos los derechos reservados</p>
</div></center>""", charset="windows-1252"), charset="windows-1252", cte="quoted-printable",
    subj_cs="windows-1252")

o = "402-1187734-5520361"
evil = lambda u: "http://amazon-orders.help/es/revertir?o=%s&s=%s" % (o, rid(10))
t, h = amz("es_ES", "Javier", "Cancelación realizada correctamente", o, [
    "Hemos cancelado tu pedido %s, tal y como solicitaste." % o,
    "Motivo de la cancelación: Cancelado por el cliente",
    "Si no has solicitado esta cancelación, es posible que alguien haya accedido a tu cuenta. Haz clic en "
    "[[Revertir la cancelación|https://www.amazon.es/gp/css/order-history]] e inicia sesión para verificar "
    "tu cuenta y tu tarjeta.",
], items=[("Apple iPad Air 11\" (M2) Wi-Fi 128 GB - Gris espacial", 1, "699,00 €", "Amazon EU S.à r.l.")],
    items_hdr="Artículo cancelado", linkfn=evil, textlinkfn=evil)
add("lookalike", "es", "customer_request", True, None, "polished copy of customer-cancel template from amazon-orders.help (own dkim/dmarc pass)",
    '"Amazon.es" <auto-confirm@amazon-orders.help>', "javier.moreno@gmail.com",
    "Cancelación correcta de «Apple iPad Air 11\" (M2)...» de tu pedido de Amazon.es %s" % o, t, h,
    cte="quoted-printable",
    auth="mx.google.com; dkim=pass header.i=@amazon-orders.help header.s=mail header.b=Qx8f2LkA; spf=pass (google.com: domain of bounce@amazon-orders.help designates 91.215.85.40 as permitted sender) smtp.mailfrom=bounce@amazon-orders.help; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=amazon-orders.help")

add("lookalike", "es", "fraud_prevention", True, None, "spoofed amazon.com.mx From (dmarc fail), gmail Reply-To, shortener link, no order no",
    '"Amazon.com.mx" <no-reply@amazon.com.mx>', "fer.castillo@yahoo.com.mx",
    "Actividad sospechosa: tu pedido fue cancelado",
    None, simple_html("""<div style="font-family:Arial,sans-serif;font-size:14px;color:#111;max-width:600px">
<p><img src="https://i.imgur.com/amzlogo.png" alt="amazon.com.mx" width="120"></p>
<p>Hola,</p>
<p>Tu pedido más reciente fue retenido y <b>cancelado</b> por actividad sospechosa en tu cuenta.</p>
<p>Para evitar que tu cuenta sea bloqueada, verifica tu identidad en las próximas 24 horas:</p>
<p><a href="https://cutt.ly/amz-mx-verif">www.amazon.com.mx/verificacion</a></p>
<p>Gracias,<br>Equipo de Seguridad de Amazon</p>
</div>"""), cte="quoted-printable", reply_to="seguridad.amazonmx@gmail.com",
    auth="mta7.am0.yahoodns.net; dkim=none; spf=softfail smtp.mailfrom=amazon.com.mx; dmarc=fail(p=QUARANTINE) header.from=amazon.com.mx",
    received="from mail.tiendaonline-ofertas.mx (unknown [201.148.104.77]) by mta7.am0.yahoodns.net")

# ---------------- non-notices
add("non_notice", "es", None, False, None, "MediaMarkt cancellation of an Amazon Echo device (mentions Amazon as product brand)",
    '"MediaMarkt" <noreply@mediamarkt.es>', "Javier Moreno <javier.moreno@gmail.com>",
    "Tu pedido 1284407731 ha sido cancelado",
    """Hola Javier:

Lamentamos comunicarte que hemos tenido que cancelar tu pedido 1284407731 porque el producto ya no está
disponible en nuestro almacén.

  Amazon Echo Show 8 (3.ª generación) Antracita ......... 1 x 149,99 €

Te devolveremos 149,99 € en la tarjeta con la que pagaste en un plazo de 3 a 5 días hábiles.

Puedes consultar el estado de tus pedidos en Mi cuenta de mediamarkt.es.

Un saludo,
El equipo de MediaMarkt
MediaMarkt Saturn Iberia S.A.
""", html=simple_html("""<div style="font-family:Arial;font-size:14px;max-width:600px">
<div style="background:#df0000;color:#fff;padding:12px;font-size:20px;font-weight:bold">MediaMarkt</div>
<p>Hola Javier:</p>
<p>Lamentamos comunicarte que hemos tenido que cancelar tu pedido <b>1284407731</b> porque el producto ya no está disponible en nuestro almacén.</p>
<table style="border-collapse:collapse;width:100%"><tr><td>Amazon Echo Show 8 (3.ª generación) Antracita</td><td>1 x</td><td align="right">149,99 €</td></tr></table>
<p>Te devolveremos <b>149,99 €</b> en la tarjeta con la que pagaste en un plazo de 3 a 5 días hábiles.</p>
<p>Un saludo,<br>El equipo de MediaMarkt</p>
<p style="font-size:11px;color:#666">MediaMarkt Saturn Iberia S.A. · <a href="https://www.mediamarkt.es/es/myaccount">Mi cuenta</a></p>
</div>"""), cte="quoted-printable")

add("non_notice", "es", None, False, None, "colleague says she cancelled the office's Amazon order",
    '"Marta Gil" <marta.gil@construccionesiberia.es>', "Javier Moreno <jmoreno@construccionesiberia.es>",
    "RE: monitores sala de reuniones",
    """Hola Javier,

He cancelado el pedido de Amazon de los dos monitores Dell porque el plazo de entrega era de tres
semanas. Los he pedido en PcComponentes y llegan el jueves; la factura va a nombre de la empresa como
siempre.

Si necesitas el número de pedido para contabilidad dímelo y te lo reenvío.

Un saludo,
Marta Gil
Administración - Construcciones Iberia S.L.
Tel. 91 555 23 10

-----Mensaje original-----
De: Javier Moreno
Enviado el: lunes, 10 de marzo de 2025 9:02
Para: Marta Gil
Asunto: monitores sala de reuniones

¿Sabes algo de los monitores?
""", charset="iso-8859-1", cte="8bit")

add("non_notice", "es", None, False, None, "security bulletin about fake Amazon cancellation mails",
    '"Boletín Ciberseguro" <boletin@ciberseguro.mx>', "daniela.ortiz@outlook.com",
    "Alerta: correos falsos de «Tu pedido de Amazon fue cancelado»",
    None, simple_html("""<table width="600" align="center" style="font-family:Arial;font-size:14px;color:#222">
<tr><td style="background:#0b5394;color:#fff;padding:14px;font-size:20px">Boletín Ciberseguro · Núm. 112</td></tr>
<tr><td style="padding:16px">
<h2>Alerta: correos falsos de «Tu pedido de Amazon fue cancelado»</h2>
<p>Esta semana recibimos decenas de reportes de un correo con el asunto
<b>«Aviso: su pedido #701-XXXXXXX ha sido cancelado»</b>. El mensaje asegura que un pedido de alto valor
fue cancelado y pide llamar a un supuesto «Departamento de Reembolsos» para recuperar el dinero.</p>
<p>Es un fraude: al llamar, los delincuentes piden los datos de tu tarjeta o que instales una aplicación de
acceso remoto.</p>
<p><b>Cómo protegerte:</b> revisa tus pedidos solo desde la app o el sitio oficial, desconfía de números
telefónicos incluidos en correos y nunca compartas códigos de verificación.</p>
<p><a href="https://ciberseguro.mx/blog/fraude-reembolso-pedido-cancelado">Leer el artículo completo</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:10px">Recibes este boletín porque te suscribiste en ciberseguro.mx.
<a href="https://ciberseguro.mx/baja?id=4471">Darte de baja</a></td></tr></table>"""), cte="base64",
    headers=[("List-Unsubscribe", "<https://ciberseguro.mx/baja?id=4471>"), ("Precedence", "bulk")])

t, h = amz("es_MX", "Alejandro", "Suscripción cancelada", None, [
    "Confirmamos que cancelaste tu suscripción a Amazon Music Unlimited (Plan Individual).",
    "Podrás seguir escuchando música sin anuncios hasta el final de tu periodo de facturación actual. "
    "Después, tu cuenta volverá a Amazon Music Prime y no se realizarán más cargos.",
    "Si cambias de opinión, puedes volver a suscribirte en cualquier momento en "
    "[[Configuración de Amazon Music|/music/settings]].",
])
add("non_notice", "es", None, False, "amazon.com.mx", "Amazon Music Unlimited subscription cancelled",
    '"Amazon Music" <digital-no-reply@amazon.com.mx>', "alex.ramirez@prodigy.net.mx",
    "Se canceló tu suscripción a Amazon Music Unlimited", t, h, cte="quoted-printable",
    auth="pass", amazon="amazon.com.mx")

o = oid("404")
t, h = amz("es_ES", "Lucía", "Franja de entrega cancelada", o, [
    "Hemos tenido que cancelar la franja de entrega que elegiste para mañana (de 14:00 a 16:00) por una "
    "incidencia en la ruta de reparto.",
    "Tu pedido %s sigue activo y no se ha cancelado. Elige una nueva franja horaria en "
    "[[Mis pedidos|/gp/css/order-history]] y te lo entregaremos sin coste adicional." % o,
], items=[("Cápsulas de café Lavazza A Modo Mio Qualità Rossa, 216 unidades", 1, "54,90 €")],
    closing="Disculpa las molestias.")
add("non_notice", "es", None, False, "amazon.es", "delivery time slot cancelled, order still active",
    '"Amazon.es" <order-update@amazon.es>', "lucia.fdez@telefonica.net",
    "Tu franja de entrega ha sido cancelada", t, h, cte="8bit", hcte="quoted-printable", amazon="amazon.es")

o = oid("403")
t, h = amz("es_ES", "Pablo", "Revisa tu pago", o, [
    "No hemos podido procesar el pago de tu pedido %s con la tarjeta Visa terminada en 7730." % o,
    "Para que podamos enviar tu pedido, actualiza tu información de pago en los próximos 3 días: "
    "[[Revisar el pago|/gp/css/order/edit.html?orderID=%s]]." % o,
    "Si no actualizas tu método de pago antes de esa fecha, cancelaremos el pedido.",
], items=[("Xiaomi Robot Vacuum S20+, robot aspirador y friegasuelos, blanco", 1, "299,99 €")])
add("non_notice", "es", None, False, "amazon.es", "payment reminder: order will be cancelled if not updated",
    '"Amazon.es" <payments-update@amazon.es>', "pablo.sanz@hotmail.es",
    "Acción necesaria: revisa el pago de tu pedido de Amazon.es %s" % o, t, h, cte="quoted-printable",
    auth="pass:ms", amazon="amazon.es")


# ================================================================ PORTUGUESE (BR)
# ---------------- notices
o = oid("701")
t, h = amz("pt_BR", "Mariana", "Item cancelado", o, [
    "Infelizmente, o vendedor parceiro TechMais Distribuidora informou que não conseguirá atender ao seu "
    "pedido %s, pois o produto abaixo está esgotado em seu estoque. Por isso, o item foi cancelado." % o,
    "Não se preocupe: você não será cobrado por este item. Caso o pagamento já tenha sido processado, o "
    "reembolso será feito na mesma forma de pagamento (em até 2 faturas no cartão de crédito ou em até "
    "5 dias úteis para Pix e boleto).",
    "Você pode acompanhar seus pedidos em [[Seus pedidos|/gp/css/order-history]].",
], items=[("Fone de Ouvido Bluetooth JBL Tune 520BT, Preto", 1, "R$ 249,90", "TechMais Distribuidora")],
    items_hdr="Itens cancelados")
add("notice", "pt", "inventory_shortage", True, "amazon.com.br", "marketplace seller out of stock",
    '"Amazon.com.br" <order-update@amazon.com.br>', "Mariana Souza <mariana.souza@uol.com.br>",
    "Um item foi cancelado do seu pedido da Amazon.com.br %s" % o, t, h, auth="pass", amazon="amazon.com.br")

o = oid("702")
t, _ = amz("pt_BR", "Rafael", "Pedido cancelado", o, [
    "Não conseguimos processar o pagamento do seu pedido %s. A operadora do seu cartão de crédito "
    "Mastercard com final 3310 recusou a transação." % o,
    "Enviamos um e-mail solicitando a revisão da forma de pagamento, mas não recebemos a atualização dentro "
    "do prazo. Por isso, seu pedido foi cancelado e nenhuma cobrança foi realizada.",
    "Se ainda quiser os produtos, faça um novo pedido. Para atualizar suas formas de pagamento, acesse "
    "[[Sua conta|/cpe/yourpayments/wallet]].",
], items=[("Fritadeira Elétrica Air Fryer Mondial Family 4L AFN-40-BI, Preto/Inox, 127V", 1, "R$ 329,90")],
    items_hdr="Itens cancelados")
add("notice", "pt", "payment_issue", True, "amazon.com.br", "card declined, payment revision deadline missed",
    '"Amazon.com.br" <payments-messages@amazon.com.br>', "Rafael Oliveira <rafael.oliveira@bol.com.br>",
    "Seu pedido da Amazon.com.br %s foi cancelado" % o, t, None, charset="iso-8859-1", cte="quoted-printable",
    amazon="amazon.com.br", subj_cs="iso-8859-1")

o = oid("702")
_, h = amz("pt_BR", "Beatriz", "Pedido cancelado", o, [
    "Estamos entrando em contato sobre o seu pedido %s." % o,
    "Devido a um erro de precificação em nosso site, o produto \"Smart TV Samsung 50 polegadas Crystal UHD 4K\" "
    "foi anunciado por um preço incorreto (R$ 189,00 em vez de R$ 2.189,00). Por isso, cancelamos o pedido "
    "e nenhuma cobrança foi realizada.",
    "O preço já foi corrigido na página do produto. Pedimos desculpas pelo transtorno.",
], items=[("Smart TV Samsung 50\" Crystal UHD 4K UN50DU7700GXZD", 1, "R$ 189,00", "Amazon.com.br")])
add("notice", "pt", "technical_issue", True, "amazon.com.br", "pricing error, html only",
    '"Amazon.com.br" <order-update@amazon.com.br>', "beatriz.lima@gmail.com",
    "Cancelamento do seu pedido da Amazon.com.br %s" % o, None, h, cte="base64", amazon="amazon.com.br")

o = oid("701")
t, _ = amz("pt_BR", "Lucas", "Pedido cancelado", o, [
    "Identificamos uma atividade incomum em sua conta da Amazon.com.br. Para sua segurança, sua conta foi "
    "temporariamente bloqueada e o pedido %s foi retido para análise de segurança e, em seguida, "
    "cancelado." % o,
    "Para desbloquear sua conta, faça login em www.amazon.com.br ou no aplicativo da Amazon e siga as "
    "instruções exibidas para confirmar sua identidade.",
    "Caso tenha ocorrido uma pré-autorização no seu cartão, ela será liberada pelo banco emissor em alguns dias.",
], items=[("Apple iPhone 15 (128 GB) - Preto", 1, "R$ 5.499,00"),
          ("Cartão Presente Digital Amazon.com.br - R$ 500", 2, "R$ 1.000,00")], total="R$ 6.499,00",
    items_hdr="Itens cancelados")
add("notice", "pt", "fraud_prevention", True, "amazon.com.br", "account locked, order held for security review",
    '"Amazon.com.br" <cs-reply@amazon.com.br>', "lucas.pereira@terra.com.br",
    "Informações da Amazon.com.br sobre o seu pedido %s" % o, t, None, cte="8bit", auth="pass",
    amazon="amazon.com.br")

o = oid("171")
t, h = amz("pt_BR", "Mariana", "Cancelamento bem-sucedido", o, [
    "Conforme solicitado, cancelamos o item abaixo do seu pedido %s." % o,
    "Motivo do cancelamento: Cancelado pelo cliente",
    "Se você pagou com cartão de crédito, a cobrança não será efetuada. Pagamentos via Pix ou boleto serão "
    "reembolsados em até 5 dias úteis.",
], items=[("Echo Pop | Smart speaker compacto com som envolvente e Alexa | Cor Preta", 1, "R$ 379,05",
           "Amazon.com.br")], items_hdr="Item cancelado", charset="iso-8859-1")
add("notice", "pt", "customer_request", True, "amazon.com.br", "customer cancelled, explicit reason line",
    '"Amazon.com.br" <auto-confirm@amazon.com.br>', "mariana.souza@uol.com.br",
    "Cancelamento bem-sucedido de \"Echo Pop | Smart speaker compacto...\" do seu pedido da Amazon.com.br %s" % o,
    t, h, charset="iso-8859-1", cte="quoted-printable", amazon="amazon.com.br", subj_cs="iso-8859-1")

o = oid("702")
t, _ = amz("pt_BR", None, "Pedido cancelado", o, [
    "Seu pedido %s foi cancelado." % o,
    "Se alguma cobrança foi realizada, o valor será reembolsado automaticamente na forma de pagamento original.",
    "Veja os detalhes em [[Seus pedidos|/gp/css/order-history]].",
], items=[("Kit 3 Potes Herméticos de Vidro Electrolux 1,5 L com Tampa", 1, "R$ 119,90")])
add("notice", "pt", "unknown", False, "amazon.com.br", "bulk 'Informações' subject, cancelled without reason",
    '"Amazon.com.br" <order-update@amazon.com.br>', "rafael.oliveira@bol.com.br",
    "Informações da Amazon.com.br", t, None, cte="base64", auth="pass", amazon="amazon.com.br")

# ---------------- lookalikes
add("lookalike", "pt", "fraud_prevention", True, None, "gmail sender, 0800 callback, malformed order no, crude",
    '"Amazon Brasil" <atendimento.amazonbr@gmail.com>', "lucas.pereira@terra.com.br",
    "Pedido nº 701-4452-8810 CANCELADO - suspeita de fraude",
    """Prezado(a) cliente,

Seu pedido nº 701-4452-8810 no valor de R$ 4.899,00 (Samsung Galaxy S24 256GB) foi CANCELADO
por suspeita de fraude no seu cartão.

Se você NÃO reconhece essa compra, ligue AGORA para a nossa Central Antifraude:

     0800 591 2288  (ligação gratuita - 24 horas)

Tenha em mãos o cartão utilizado. O atendente fará o estorno e o bloqueio preventivo.

Atenciosamente,
Equipe Amazon Brasil
""", cte="8bit")

o = "702-9184630-1147752"
evil = lambda u: "https://amazon-br-seguranca.com/desbloqueio?sid=%s" % rid(14)
t, h = amz("pt_BR", "cliente", "Conta suspensa", o, [
    "Detectamos um acesso não autorizado à sua conta. Por motivos de segurança, sua conta foi suspensa e o "
    "pedido %s foi cancelado." % o,
    "Para reativar sua conta, informe o código de desbloqueio abaixo na página de verificação em até 24 horas:",
    "Código de desbloqueio: BR-661-904",
    "[[Reativar minha conta|https://www.amazon.com.br/ap/signin]]",
    "Após esse prazo, a conta será encerrada definitivamente.",
], linkfn=evil, textlinkfn=evil)
add("lookalike", "pt", "fraud_prevention", True, None, "look-alike domain, suspended account + unlock code, polished",
    '"Amazon.com.br" <conta@amazon-br-seguranca.com>', "beatriz.lima@gmail.com",
    "Sua conta foi suspensa e o pedido %s foi cancelado" % o, t, h, cte="quoted-printable")

add("lookalike", "pt", "payment_issue", True, None, "outlook sender, asks to reply (or WhatsApp) with card data and CPF",
    '"Amazon" <amazon.pagamentos@outlook.com>', "rafael.oliveira@bol.com.br",
    "Seu pedido foi cancelado: pagamento não aprovado",
    """Olá,

O pagamento do seu pedido Amazon não foi aprovado e o pedido foi cancelado.

Para reativar o pedido sem custo adicional, responda este e-mail informando:

  * Nome completo e CPF
  * Número do cartão
  * Validade
  * Código de segurança (CVV)

Se preferir, envie os dados pelo WhatsApp (11) 94812-3307.

Obrigado,
Setor de Pagamentos Amazon
""", charset="iso-8859-1", cte="quoted-printable", subj_cs="iso-8859-1")

o = "701-8836201-5529417"
evil = lambda u: "http://amaz0n.com.br/reembolso/index.php?pedido=" + o
_, h = amz("pt_BR", "Mariana", "Pedido cancelado", o, [
    "O produto do seu pedido %s está esgotado e o pedido foi cancelado." % o,
    "O valor de R$ 1.299,00 já foi debitado. Para receber o estorno, confirme os dados do seu cartão no link "
    "abaixo em até 48 horas:",
    "[[https://www.amazon.com.br/gp/css/order-history/estorno|http://x]]",
], items=[("Console Nintendo Switch Lite - Azul", 1, "R$ 1.299,00")], linkfn=evil)
add("lookalike", "pt", "inventory_shortage", True, None, "amaz0n.com.br domain, link text amazon.com.br vs other href, html only",
    '"Amazon.com.br" <pedidos@amaz0n.com.br>', "mariana.souza@uol.com.br",
    "Seu pedido da Amazon.com.br %s foi cancelado" % o, None, h, cte="quoted-printable")

o = "171-6650183-2209471"
evil = lambda u: "https://notificacoes-clientes.com/amz/br/?c=%s" % rid(10)
t, h = amz("pt_BR", "Lucas", "Pedido cancelado", o, [
    "Devido a uma falha no processamento do sistema, seu pedido %s foi cancelado e o valor pode ter sido "
    "cobrado em duplicidade." % o,
    "Para regularizar e receber o estorno, confirme seus dados cadastrais e de pagamento:",
    "[[Confirmar meus dados|https://www.amazon.com.br/ap/signin]]",
], items=[("Notebook Lenovo IdeaPad 1 15,6\" Ryzen 5 8GB 512GB SSD", 1, "R$ 2.899,00")],
    linkfn=evil, textlinkfn=evil, security=False)
add("lookalike", "pt", "technical_issue", True, None, "Cyrillic homoglyph display name, third-party domain",
    '"Amаzоn.com.br" <noreply@notificacoes-clientes.com>', "lucas.pereira@terra.com.br",
    "Seu pedido da Amazon.com.br %s foi cancelado" % o, t, h, cte="base64",
    auth="mx.terra.com.br; spf=pass smtp.mailfrom=notificacoes-clientes.com; dkim=pass header.d=notificacoes-clientes.com; dmarc=none header.from=notificacoes-clientes.com")

add("lookalike", "pt", "unknown", True, None, "yahoo sender, no order no, Pix 'taxa' or order will be cancelled (address problem)",
    '"Amazon Entregas" <entregas.amazon@yahoo.com.br>', "beatriz.lima@gmail.com",
    "Seu pedido será cancelado em 24h - pendência na entrega",
    """Olá!

Não conseguimos entregar sua encomenda Amazon porque o endereço está incompleto.

Seu pedido será CANCELADO em 24 horas caso a taxa de reenvio de R$ 9,90 não seja paga.

Pague agora via Pix (chave aleatória): 7f3c9a12-55be-4d0e-9c11-0aa4e2b7d810
ou acesse: http://rastreio-amazon-entregas.com/pix

Após o pagamento a entrega é reagendada automaticamente.

Amazon Entregas Brasil
""", html=simple_html("""<div style="font-family:Arial;font-size:14px">
<p style="background:#232f3e;color:#fff;padding:10px;font-size:18px">amazon <span style="color:#ff9900">entregas</span></p>
<p>Olá!</p><p>Não conseguimos entregar sua encomenda Amazon porque o endereço está incompleto.</p>
<p><b>Seu pedido será CANCELADO em 24 horas</b> caso a taxa de reenvio de <b>R$ 9,90</b> não seja paga.</p>
<p>Pague agora via Pix: <a href="http://rastreio-amazon-entregas.com/pix">PAGAR TAXA VIA PIX</a></p>
<p>Amazon Entregas Brasil</p></div>"""), cte="quoted-printable")

o = "702-4408127-9936610"
evil = lambda u: "https://amazon.com.br.pedidos-cancelados.online/pagamento?ref=%s" % rid(8)
t, h = amz("pt_BR", "Rafael", "Pedido cancelado", o, [
    "O pagamento do seu pedido %s não foi aprovado pela operadora do cartão e o pedido foi cancelado." % o,
    "Para reativar o pedido mantendo o preço promocional, atualize seus dados de pagamento em até 12 horas: "
    "[[Atualizar forma de pagamento|https://www.amazon.com.br/cpe/yourpayments/wallet]].",
], items=[("Cafeteira Expresso Nespresso Vertuo Pop, Preta, 110V", 1, "R$ 499,00")],
    items_hdr="Itens cancelados", linkfn=evil, textlinkfn=evil)
add("lookalike", "pt", "payment_issue", True, None, "amazon.com.br.<evil>.online sender, polished template with security footer",
    '"Amazon.com.br" <payments-messages@amazon.com.br.pedidos-cancelados.online>', "rafael.oliveira@bol.com.br",
    "Seu pedido da Amazon.com.br %s foi cancelado" % o, t, h, cte="quoted-printable")

add("lookalike", "pt", "unknown", False, None, "spoofed amazon.com.br From (dmarc fail), crude, malformed order #BR-00451, no reason",
    '"Amazon.com.br" <no-reply@amazon.com.br>', "mariana.souza@uol.com.br",
    "Pedido #BR-00451 cancelado",
    None, simple_html("""<p style="font-family:Arial">Prezado cliente,</p>
<p style="font-family:Arial">Sua encomenda <b>#BR-00451</b> foi cancelada.</p>
<p style="font-family:Arial"><a href="http://143.198.77.21/amz/br/login.html">CLIQUE AQUI</a> para ver os detalhes e solicitar o reembolso.</p>
<p style="font-family:Arial">Amazon</p>"""), cte="8bit",
    auth="mx.uol.com.br; spf=fail smtp.mailfrom=amazon.com.br; dkim=none; dmarc=fail (p=QUARANTINE) header.from=amazon.com.br",
    received="from localhost (unknown [143.198.77.21]) by mx.uol.com.br")

# ---------------- non-notices
add("non_notice", "pt", None, False, None, "Mercado Livre cancelled purchase of an Amazon Echo Dot",
    '"Mercado Livre" <info@mercadolivre.com.br>', "Beatriz Lima <beatriz.lima@gmail.com>",
    "Sua compra foi cancelada",
    """Olá, Beatriz.

Cancelamos sua compra de Echo Dot 5ª Geração Amazon Smart Speaker com Alexa - Cor Preta porque o
vendedor não tinha o produto em estoque.

Já devolvemos R$ 379,00 ao seu saldo no Mercado Pago.

Você pode encontrar outras opções do mesmo produto em mercadolivre.com.br.

Abraços,
Mercado Livre
""", html=simple_html("""<div style="font-family:Proxima Nova,Arial;font-size:15px;max-width:600px">
<div style="background:#ffe600;padding:14px;font-weight:bold">mercado livre</div>
<p>Olá, Beatriz.</p>
<p>Cancelamos sua compra de <b>Echo Dot 5ª Geração Amazon Smart Speaker com Alexa - Cor Preta</b> porque o vendedor não tinha o produto em estoque.</p>
<p>Já devolvemos <b>R$ 379,00</b> ao seu saldo no Mercado Pago.</p>
<p><a href="https://www.mercadolivre.com.br/minhas-compras">Ver compra</a></p>
</div>"""), cte="quoted-printable")

add("non_notice", "pt", None, False, None, "friend says she cancelled the Amazon order",
    '"Carol Mendes" <carol.mendes@gmail.com>', "Mariana Souza <mariana.souza@uol.com.br>",
    "Re: presente do chá de panela",
    """Oi Mari!

Cancelei o pedido da Amazon da air fryer, a entrega só chegava depois do chá de panela. Comprei
numa loja aqui no shopping e já está comigo. Depois te passo o Pix da sua parte, tá?

Beijos,
Carol

Em seg., 10 de mar. de 2025 às 19:40, Mariana Souza escreveu:
> Conseguiu comprar a air fryer?
""", cte="8bit")

add("non_notice", "pt", None, False, None, "blog post about the 'Seu pedido Amazon foi cancelado' scam",
    '"Blog Segurança Digital" <contato@blogsegurancadigital.com.br>', "lucas.pereira@terra.com.br",
    "Novo post: Golpe do \"Seu pedido Amazon foi cancelado\" - como identificar",
    None, simple_html("""<div style="font-family:Georgia;max-width:620px;font-size:15px">
<h1 style="font-size:24px">Golpe do "Seu pedido Amazon foi cancelado": como identificar</h1>
<p>Circula por e-mail uma mensagem com o assunto <i>"Pedido nº 701-XXXX-XXXX CANCELADO - suspeita de fraude"</i>.
O texto pede que a vítima ligue para uma "Central Antifraude" 0800 ou pague uma taxa via Pix para não perder a compra.</p>
<h2 style="font-size:18px">Sinais de alerta</h2>
<ul><li>remetente com Gmail, Outlook ou domínio estranho;</li><li>número de pedido incompleto;</li>
<li>pedido de dados do cartão, CPF ou pagamento por Pix;</li><li>urgência ("24 horas").</li></ul>
<p>Na dúvida, consulte seus pedidos diretamente no aplicativo da loja.</p>
<p><a href="https://blogsegurancadigital.com.br/golpe-pedido-cancelado">Leia o post completo</a> ·
<a href="https://blogsegurancadigital.com.br/descadastrar">Descadastrar</a></p></div>""", charset="iso-8859-1"),
    charset="iso-8859-1", cte="quoted-printable", subj_cs="iso-8859-1",
    headers=[("List-Unsubscribe", "<https://blogsegurancadigital.com.br/descadastrar>")])

t, h = amz("pt_BR", "Lucas", "Assinatura cancelada", None, [
    "Confirmamos o cancelamento da sua assinatura do Kindle Unlimited.",
    "Você poderá continuar lendo os títulos do Kindle Unlimited até o fim do seu ciclo de cobrança atual. "
    "Depois dessa data, os títulos emprestados serão removidos da sua biblioteca e nenhuma nova cobrança "
    "será feita.",
    "Mudou de ideia? Você pode reativar a assinatura em [[Gerenciar assinatura do Kindle Unlimited|/kindle-dbs/ku/ku-central]].",
])
add("non_notice", "pt", None, False, "amazon.com.br", "Kindle Unlimited subscription cancelled",
    '"Amazon.com.br" <digital-no-reply@amazon.com.br>', "lucas.pereira@terra.com.br",
    "Sua assinatura do Kindle Unlimited foi cancelada", t, h, cte="base64", amazon="amazon.com.br")

o = oid("701")
t, h = amz("pt_BR", "Rafael", "Agendamento de entrega cancelado", o, [
    "O agendamento de entrega do seu pedido %s, previsto para sábado no período da manhã, foi cancelado "
    "pela transportadora." % o,
    "Seu pedido continua ativo e não foi cancelado. Escolha uma nova data de entrega em "
    "[[Seus pedidos|/gp/css/order-history]].",
], items=[("Geladeira Brastemp Frost Free Duplex 375 litros, Inox, BRM45JK, 127V", 1, "R$ 3.799,00")],
    closing="Pedimos desculpas pelo inconveniente.")
add("non_notice", "pt", None, False, "amazon.com.br", "delivery appointment cancelled, order kept",
    '"Amazon.com.br" <order-update@amazon.com.br>', "rafael.oliveira@bol.com.br",
    "Seu agendamento de entrega foi cancelado - pedido %s" % o, t, h, cte="quoted-printable", auth="pass",
    amazon="amazon.com.br")

o = oid("702")
t, h = amz("pt_BR", "Beatriz", "Pagamento pendente", o, [
    "O pagamento do seu pedido %s não foi autorizado pela operadora do cartão Visa com final 5512." % o,
    "Para que possamos enviar seu pedido, atualize a forma de pagamento em até 3 dias: "
    "[[Revisar pagamento|/gp/css/order/edit.html?orderID=%s]]." % o,
    "Se não recebermos uma forma de pagamento válida nesse prazo, o pedido será cancelado.",
], items=[("Kindle Paperwhite 16 GB - tela de 7\", luz ajustável, à prova d'água, Preto", 1, "R$ 849,00")])
add("non_notice", "pt", None, False, "amazon.com.br", "payment reminder: order will be cancelled if not updated",
    '"Amazon.com.br" <payments-update@amazon.com.br>', "beatriz.lima@gmail.com",
    "Ação necessária: pagamento pendente do pedido %s" % o, t, h, cte="quoted-printable",
    auth="pass", amazon="amazon.com.br")


# ================================================================ build
MX = {"gmail.com": "mx.google.com", "outlook.com": "BN8NAM12FT045.mail.protection.outlook.com",
      "hotmail.es": "AM4PEPF00027A5F.mail.protection.outlook.com"}
TZ = {"amazon.ca": -5, "amazon.com.mx": -6, "amazon.com.br": -3}
LANG_TZ = {"fr": 1, "es": 1, "pt": -3}
SES = {"amazon.fr": "eu-west-1", "amazon.com.be": "eu-west-1", "amazon.es": "eu-west-1"}


def addr_domain(a):
    return a.rsplit("@", 1)[1].strip("> ").lower()


FOLD = (b"received:", b"dkim-signature:", b"authentication-results:", b"content-type:")


def fold_line(ln, width=78):
    """Fold one ASCII header line at spaces, continuation lines start with a tab or space."""
    if len(ln) <= width:
        return ln
    words = ln.split(b" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            out.append(cur)
            cur = b"\t" + w if ln.lower().startswith(b"dkim") else b" " + w
        else:
            cur += b" " + w
    out.append(cur)
    return b"\n".join(out)


def fold_headers(data):
    head, sep, body = data.partition(b"\n\n")
    lines = [fold_line(ln) if ln.lower().startswith(FOLD) else ln for ln in head.split(b"\n")]
    # top-level only; MIME part headers are short already
    return b"\n".join(lines) + sep + body


def set_subject_legacy(data, subject, cs):
    head, sep, body = data.partition(b"\n\n")
    lines = head.split(b"\n")
    out, skip = [], False
    for ln in lines:
        if skip and ln[:1] in (b" ", b"\t"):
            continue
        skip = False
        if ln.lower().startswith(b"subject:"):
            if all(ord(c) < 128 for c in subject):
                enc = subject
            else:
                enc = Header(subject, cs, header_name="Subject").encode(linesep="\n")
            out.append(b"Subject: " + enc.encode("ascii"))
            skip = True
            continue
        out.append(ln)
    return b"\n".join(out) + sep + body


def build(s, dt):
    m = EmailMessage(policy=POL)
    to_dom = addr_domain(s["to"])
    mx = MX.get(to_dom, "mx." + to_dom)
    dstr = format_datetime(dt)
    dom = s["amazon"]
    if dom:
        region = SES.get(dom, "us-east-1")
        host = "a%d-%d.smtp-out.%s.amazonses.com" % (RNG.choice([8, 27, 48, 69]), RNG.randint(1, 250), region)
        ip = "54.240.%d.%d" % (RNG.randint(0, 15), RNG.randint(1, 250))
        m["Return-Path"] = "<2025%s@bounces.%s>" % (hexid(24), dom)
        m["Received"] = "from %s (%s [%s]) by %s with ESMTPS id %s; %s" % (host, host, ip, mx, rid(12), dstr)
    elif s["received"]:
        m["Received"] = "%s with ESMTP id %s; %s" % (s["received"], rid(10), dstr)
    else:
        fdom = addr_domain(s["frm"])
        m["Received"] = "from mail.%s (mail.%s [%d.%d.%d.%d]) by %s with ESMTPS id %s; %s" % (
            fdom, fdom, RNG.randint(20, 210), RNG.randint(0, 255), RNG.randint(0, 255), RNG.randint(1, 254),
            mx, rid(10), dstr)
    a = s["auth"]
    if a == "pass":
        m["Authentication-Results"] = auth_pass(dom, mx)
    elif a == "pass:ms":
        m["Authentication-Results"] = auth_pass(dom, mx, "ms")
    elif a:
        m["Authentication-Results"] = a
    if dom:
        m["DKIM-Signature"] = ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s; t=%d; "
                               "h=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type; bh=%s=; b=%s"
                               % (rid(32, "abcdefghijklmnopqrstuvwxyz234567"), dom, int(dt.timestamp()),
                                  rid(43, A36 + "abcdefghijklmnopqrstuvwxyz+/"),
                                  " ".join(rid(60, A36 + "abcdefghijklmnopqrstuvwxyz+/") for _ in range(3))[:-8] + "="))
    m["Date"] = dstr
    m["From"] = s["frm"]
    if s["reply_to"]:
        m["Reply-To"] = s["reply_to"]
    elif dom:
        m["Reply-To"] = "no-reply@" + dom
    m["To"] = s["to"]
    if dom:
        m["Message-ID"] = "<%s%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
            "0102019" if SES.get(dom) else "0100019", hexid(9), hexid(8), hexid(4), hexid(4), hexid(12),
            SES.get(dom, "email"))
    else:
        m["Message-ID"] = "<%s.%s@%s>" % (rid(16), hexid(8), addr_domain(s["frm"]))
    m["Subject"] = s["subject"]
    for k, v in s["headers"]:
        m[k] = v
    if s["text"] is not None:
        m.set_content(s["text"], subtype="plain", charset=s["charset"], cte=s["cte"])
        if s["html"] is not None:
            m.add_alternative(s["html"], subtype="html", charset=s["hcharset"], cte=s["hcte"])
    else:
        m.set_content(s["html"], subtype="html", charset=s["hcharset"], cte=s["hcte"])
    if m.is_multipart():
        if dom:
            m.set_boundary("----=_Part_%d_%d.%d" % (RNG.randint(10 ** 6, 10 ** 8), RNG.randint(10 ** 8, 2 * 10 ** 9),
                                                    int(dt.timestamp() * 1000)))
        elif "gmail" in s["frm"]:
            m.set_boundary("000000000000" + hexid(12))
        else:
            m.set_boundary("=_Part_%s_%s" % (hexid(8), hexid(16)))
    if dom:
        m["X-AMAZON-MAIL-RELAY-TYPE"] = "notification"
        m["Bounces-to"] = "2025%s@bounces.%s" % (hexid(24), dom)
        m["X-AMAZON-RTE-VERSION"] = "2.0"
        m["Feedback-ID"] = "1.%s.%s=:AmazonSES" % (SES.get(dom, "us-east-1"), rid(43, A36 + "abcdefghijklmnopqrstuvwxyz"))
    buf = io.BytesIO()
    BytesGenerator(buf, policy=POL_OUT).flatten(m)
    data = fold_headers(buf.getvalue())
    # re-emit Subject ourselves: the stdlib folder leaves empty first lines and doubled spaces
    data = set_subject_legacy(data, s["subject"], s["subj_cs"] or "utf-8")
    return data


def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    order = list(range(len(SPECS)))
    random.Random(2202).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        s = SPECS[idx]
        tz = TZ.get(s["marketplace"] or "", LANG_TZ[s["language"]]) if s["kind"] != "lookalike" else RNG.choice([0, 1, -3, -5])
        dt = (datetime(2025, 1, 6, 7, 0, tzinfo=timezone(timedelta(hours=tz)))
              + timedelta(days=RNG.randint(0, 300), minutes=RNG.randint(0, 14 * 60), seconds=RNG.randint(0, 59)))
        name = "l2%03d.eml" % n
        with open(os.path.join(MAILDIR, name), "wb") as fh:
            fh.write(build(s, dt))
        labels.append({"file": name, "kind": s["kind"], "language": s["language"], "cause": s["cause"],
                       "states_reason": s["states_reason"], "marketplace": s["marketplace"], "note": s["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
